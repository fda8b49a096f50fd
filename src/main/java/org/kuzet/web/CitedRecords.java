package org.kuzet.web;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.kuzet.event.Events;
import org.kuzet.figure.ReportedFigures;
import org.kuzet.incident.Incidents;
import org.kuzet.intervention.Interventions;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.organization.Organizations;
import org.kuzet.person.Persons;
import org.kuzet.shared.Checker;
import org.kuzet.shared.RecordDocument;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RecordStore;
import org.kuzet.source.Citation;
import org.kuzet.source.Cited;
import org.springframework.stereotype.Component;

/**
 * The records whose pages cite sources, by the collection of their address ({@code incidents}, {@code persons},
 * {@code organizations}, {@code cases}, {@code events}, {@code interventions}, {@code reported-figures}): their citations as a page shows
 * them, and a change of those citations saved through the record's own store, as an update at the version the page
 * showed — so that a save by someone else meanwhile, parts the writer may not see and invalid citations are refused
 * by the store's rules, as for any other edit.
 */
@Component
public class CitedRecords {

    /** A record's citations at the version read. */
    public record Citations(String key, int version, List<Citation> citations) {
    }

    private final Map<String, Citable<?>> collections;

    CitedRecords(Incidents incidents, Persons persons, Organizations organizations, LegalCases cases, Events events,
                 Interventions interventions, ReportedFigures figures) {
        this.collections = Map.of("incidents", new Citable<>(incidents), "persons", new Citable<>(persons),
                "organizations", new Citable<>(organizations), "cases", new Citable<>(cases),
                "events", new Citable<>(events), "interventions", new Citable<>(interventions),
                "reported-figures", new Citable<>(figures));
    }

    /** The record's citations as the reader sees them. */
    Citations read(String collection, String key) {
        return citable(collection).read(key);
    }

    /**
     * Saves the record citing what {@code change} makes of the citations it had at {@code version}. Problems of the
     * caller's own go to {@code check}, as for any update.
     *
     * @throws org.kuzet.shared.StaleVersionException when someone saved the record since {@code version}
     * @throws org.kuzet.shared.HiddenPartsException  when the record has parts the writer may not see
     * @throws org.kuzet.shared.InvalidInputException with every problem, at {@code $.sources[i]…}
     */
    void change(String collection, String key, Integer version, UnaryOperator<List<Citation>> change, Checker check,
                Long userId) {
        citable(collection).change(key, version, change, check, userId);
    }

    private Citable<?> citable(String collection) {
        Citable<?> citable = collections.get(collection);
        if (citable == null) {
            throw new RecordNotFoundException("collection", collection);
        }
        return citable;
    }

    /** One kind of record that cites sources, and its store. */
    private record Citable<D extends RecordDocument<D> & Cited<D>>(RecordStore<D, ?, ?> store) {

        Citations read(String key) {
            D doc = store.get(key);
            return new Citations(doc.key(), doc.version(), doc.sources() == null ? List.of() : doc.sources());
        }

        void change(String key, Integer version, UnaryOperator<List<Citation>> change, Checker check, Long userId) {
            D doc = store.get(key);
            List<Citation> stored = doc.sources() == null ? List.of() : List.copyOf(doc.sources());
            // positions name the citations of the version the page showed: at another version the store refuses the
            // update as stale whatever it says, so the change is not applied to citations it was not made on
            List<Citation> changed = version != null && version == doc.version().intValue() ? change.apply(stored) : stored;
            store.update(doc.key(), doc.citing(changed, version), check, userId);
        }
    }
}
