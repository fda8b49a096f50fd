package org.kuzet.exchange;

import java.util.List;
import java.util.Optional;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.incident.Incidents;
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
    BundleSections bundleSections(Sources sources, Incidents incidents) {
        return new BundleSections(List.of(sourceSection(sources), incidentSection(incidents)));
    }

    static Section<SourceDocument> sourceSection(Sources sources) {
        return new Section<>() {
            public String name() { return "sources"; }
            public String table() { return "source"; }
            public Class<SourceDocument> type() { return SourceDocument.class; }
            public String key(SourceDocument doc) { return doc.key(); }
            public Object validate(Checker at, SourceDocument doc, boolean creating, KeyResolver refs) {
                return sources.validate(at, doc, creating);
            }
            public void write(SourceDocument doc, Object valid, Optional<Long> existingId) {
                if (existingId.isPresent()) {
                    sources.overwrite(existingId.get(), doc, (Sources.Valid) valid);
                } else {
                    sources.insert(doc, (Sources.Valid) valid, null);
                }
            }
            public List<SourceDocument> export() { return sources.all(); }
        };
    }

    static Section<IncidentDocument> incidentSection(Incidents incidents) {
        return new Section<>() {
            public String name() { return "incidents"; }
            public String table() { return "incident"; }
            public Class<IncidentDocument> type() { return IncidentDocument.class; }
            public String key(IncidentDocument doc) { return doc.key(); }
            public Object validate(Checker at, IncidentDocument doc, boolean creating, KeyResolver refs) {
                return incidents.validate(at, doc, creating, refs);
            }
            public void write(IncidentDocument doc, Object valid, Optional<Long> existingId) {
                if (existingId.isPresent()) {
                    incidents.overwrite(existingId.get(), doc, (Incidents.Valid) valid);
                } else {
                    incidents.insert(doc, (Incidents.Valid) valid, null);
                }
            }
            public List<IncidentDocument> export() { return incidents.all(); }
        };
    }

    /** The sections in writing order. */
    record BundleSections(List<Section<?>> all) {
    }
}
