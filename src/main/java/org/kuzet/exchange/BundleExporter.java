package org.kuzet.exchange;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.ConfidentialReads;
import org.kuzet.shared.Json;
import org.kuzet.shared.RecordDocument;
import org.kuzet.vocabulary.Term;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;

/**
 * Writes the whole record as an interchange bundle, in a canonical order, so that export → import into an
 * empty data folder → export gives the same bytes.
 */
@Service
public class BundleExporter {

    private final Vocabularies vocabularies;
    private final Sections.BundleSections sections;
    private final ApplicationEventPublisher events;

    public BundleExporter(Vocabularies vocabularies, Sections.BundleSections sections, ApplicationEventPublisher events) {
        this.vocabularies = vocabularies;
        this.sections = sections;
        this.events = events;
    }

    /** Writes the bundle and records the export (as the current actor) in the audit trail. */
    @Transactional(readOnly = true)
    public String export() {
        Bundle written = write();
        events.publishEvent(exported(written, "internal"));
        return written.json();
    }

    /** The bundle's text, and how many records of each section it holds. */
    record Bundle(String json, Map<String, Object> counts) {
    }

    /**
     * The bundle as the current reader may see it; the confidential records in it are audited as read, but not the
     * export itself ({@link #exported}), which belongs to whoever asked for it.
     */
    @Transactional(readOnly = true)
    Bundle write() {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("format", BundleImporter.FORMAT);
        bundle.put("formatVersion", BundleImporter.FORMAT_VERSION);
        List<Term> terms = vocabularies.terms().values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(Term::vocabulary).thenComparing(Term::code)).toList();
        bundle.put("vocabularies", new BundleImporter.VocabularySection(terms, vocabularies.articles(), vocabularies.places()));
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Section<?> section : sections.all()) {
            List<? extends RecordDocument<?>> records = section.export();
            ConfidentialReads.auditDocuments(section.table(), records, events);
            bundle.put(section.name(), records);
            counts.put(section.name(), records.size());
        }
        return new Bundle(Json.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(bundle) + "\n",
                counts);
    }

    /** The audit entry of a bundle export. */
    static AuditEvent exported(Bundle bundle, String edition) {
        return new AuditEvent("export", "bundle", null, Map.of("format", "json", "edition", edition,
                "counts", bundle.counts()));
    }
}
