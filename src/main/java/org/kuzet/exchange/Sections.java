package org.kuzet.exchange;

import java.util.List;
import java.util.Optional;
import org.kuzet.event.EventDocument;
import org.kuzet.event.Events;
import org.kuzet.figure.ReportedFigureDocument;
import org.kuzet.figure.ReportedFigures;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.incident.Incidents;
import org.kuzet.intervention.InterventionDocument;
import org.kuzet.intervention.Interventions;
import org.kuzet.legalcase.CaseDocument;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.organization.ContactDocument;
import org.kuzet.organization.Contacts;
import org.kuzet.organization.OrganizationDocument;
import org.kuzet.organization.Organizations;
import org.kuzet.person.PersonDocument;
import org.kuzet.person.Persons;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Checker;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.RecordDocument;
import org.kuzet.shared.RecordStore;
import org.kuzet.shared.RecordsChanged;
import org.kuzet.source.SourceDocument;
import org.kuzet.source.Sources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bundle's record sections, in the order they are written (each may refer to the ones before it). */
@Configuration(proxyBeanMethods = false)
class Sections {

    @Bean
    BundleSections bundleSections(Sources sources, Organizations organizations, Contacts contacts, Persons persons,
                                  Events events, LegalCases cases, Incidents incidents, Interventions interventions,
                                  ReportedFigures figures) {
        return new BundleSections(List.of(
                section("sources", SourceDocument.class, sources),
                section("organizations", OrganizationDocument.class, organizations),
                section("contacts", ContactDocument.class, contacts),
                section("persons", PersonDocument.class, persons),
                section("events", EventDocument.class, events),
                section("legalCases", CaseDocument.class, cases),
                section("incidents", IncidentDocument.class, incidents),
                section("interventions", InterventionDocument.class, interventions),
                section("reportedFigures", ReportedFigureDocument.class, figures)));
    }

    /** Adapts the service of a record, whose checked form of a record is {@code V}, to a bundle section. */
    @SuppressWarnings("unchecked")
    static <D extends RecordDocument<D>, V> Section<D> section(String name, Class<D> type, RecordStore<D, V, ?> store) {
        return new Section<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String table() {
                return store.table();
            }

            @Override
            public Class<D> type() {
                return type;
            }

            @Override
            public String key(D doc) {
                return doc.key();
            }

            @Override
            public Object validate(Checker at, D doc, boolean creating, KeyResolver refs) {
                return store.validate(at, doc, creating, refs);
            }

            @Override
            public Writes<D> writes() {
                RecordStore<D, V, ?>.Writes run = store.writes(RecordsChanged.IMPORTED, Actor.current().userId());
                return new Writes<>() {
                    @Override
                    public long write(D doc, Object valid, Optional<Long> existingId) {
                        if (existingId.isPresent()) {
                            run.overwrite(existingId.get(), doc, (V) valid);
                            return existingId.get();
                        }
                        return run.add(doc, (V) valid);
                    }

                    @Override
                    public void close() {
                        run.close();
                    }
                };
            }

            @Override
            public List<D> export() {
                return store.all();
            }
        };
    }

    /** The sections in writing order. */
    record BundleSections(List<Section<?>> all) {
    }
}
