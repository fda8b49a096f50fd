package org.kuzet.exchange;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kuzet.event.EventDocument;
import org.kuzet.event.Events;
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
import org.kuzet.shared.Checker;
import org.kuzet.shared.KeyResolver;
import org.kuzet.source.SourceDocument;
import org.kuzet.source.Sources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bundle's record sections, in the order they are written (each may refer to the ones before it). */
@Configuration(proxyBeanMethods = false)
class Sections {

    @Bean
    BundleSections bundleSections(Sources sources, Organizations organizations, Contacts contacts, Persons persons,
                                  Events events, LegalCases cases, Incidents incidents, Interventions interventions) {
        return new BundleSections(List.of(
                section("sources", "source", SourceDocument.class, SourceDocument::key,
                        (at, doc, creating, refs) -> sources.validate(at, doc, creating),
                        (doc, v) -> sources.insert(doc, v, null), sources::overwrite, sources::all),
                section("organizations", "organization", OrganizationDocument.class, OrganizationDocument::key,
                        organizations::validate, (doc, v) -> organizations.insert(doc, v, null), organizations::overwrite,
                        organizations::all),
                section("contacts", "contact", ContactDocument.class, ContactDocument::key,
                        contacts::validate, (doc, v) -> contacts.insert(doc, v, null), contacts::overwrite, contacts::all),
                section("persons", "person", PersonDocument.class, PersonDocument::key,
                        persons::validate, (doc, v) -> persons.insert(doc, v, null), persons::overwrite, persons::all),
                section("events", "event", EventDocument.class, EventDocument::key,
                        events::validate, (doc, v) -> events.insert(doc, v, null), events::overwrite, events::all),
                section("legalCases", "legal_case", CaseDocument.class, CaseDocument::key,
                        cases::validate, (doc, v) -> cases.insert(doc, v, null), cases::overwrite, cases::all),
                section("incidents", "incident", IncidentDocument.class, IncidentDocument::key,
                        incidents::validate, (doc, v) -> incidents.insert(doc, v, null), incidents::overwrite, incidents::all),
                section("interventions", "intervention", InterventionDocument.class, InterventionDocument::key,
                        interventions::validate, (doc, v) -> interventions.insert(doc, v, null), interventions::overwrite,
                        interventions::all)));
    }

    interface Validation<D, V> {
        V validate(Checker at, D doc, boolean creating, KeyResolver refs);
    }

    interface Insert<D, V> {
        void insert(D doc, V valid);
    }

    interface Overwrite<D, V> {
        void overwrite(long id, D doc, V valid);
    }

    /** Adapts a feature service, whose checked form of a record is {@code V}, to a bundle section. */
    @SuppressWarnings("unchecked")
    static <D, V> Section<D> section(String name, String table, Class<D> type, Function<D, String> key,
                                     Validation<D, V> validation, Insert<D, V> insert, Overwrite<D, V> overwrite,
                                     Supplier<List<D>> export) {
        return new Section<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String table() {
                return table;
            }

            @Override
            public Class<D> type() {
                return type;
            }

            @Override
            public String key(D doc) {
                return key.apply(doc);
            }

            @Override
            public Object validate(Checker at, D doc, boolean creating, KeyResolver refs) {
                return validation.validate(at, doc, creating, refs);
            }

            @Override
            public void write(D doc, Object valid, Optional<Long> existingId) {
                if (existingId.isPresent()) {
                    overwrite.overwrite(existingId.get(), doc, (V) valid);
                } else {
                    insert.insert(doc, (V) valid);
                }
            }

            @Override
            public List<D> export() {
                return export.get();
            }
        };
    }

    /** The sections in writing order. */
    record BundleSections(List<Section<?>> all) {
    }
}
