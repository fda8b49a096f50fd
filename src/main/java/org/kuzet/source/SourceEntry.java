package org.kuzet.source;

import org.kuzet.shared.Checker;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.NewRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and editing a source as a monitor enters it in a form: checked whole, each problem under its path, and
 * written in one transaction only when nothing has a problem. The informant of a confidential source is set only by
 * those who may see it; from anyone else it is ignored and the stored one kept.
 */
@Service
public class SourceEntry {

    private final Sources sources;

    SourceEntry(Sources sources) {
        this.sources = sources;
    }

    /**
     * Records the source; answers its key. {@code check} may already hold problems of the caller's own (a form's
     * fields that did not parse): then nothing is written either, and every problem comes back at once.
     *
     * @throws InvalidInputException with every problem found
     */
    @Transactional
    public String record(SourceDocument source, Checker check, Long userId) {
        return new NewRecords(sources.references()).create(sources, withoutHiddenInformant(source, null), check, userId);
    }

    /**
     * Replaces the stored source {@code key} with {@code source}, which names the version it replaces.
     *
     * @throws InvalidInputException with every problem found
     * @throws org.kuzet.shared.StaleVersionException when someone saved the source since that version
     */
    @Transactional
    public void edit(String key, SourceDocument source, Checker check, Long userId) {
        new NewRecords(sources.references()).update(sources, key, withoutHiddenInformant(source, key), check, userId);
    }

    private SourceDocument withoutHiddenInformant(SourceDocument doc, String key) {
        if (doc == null || doc.informant() == null || sources.informantVisible(key)) {
            return doc;
        }
        return new SourceDocument(doc.id(), doc.version(), doc.key(), doc.url(), doc.title(), doc.outlet(), doc.language(),
                doc.kind(), doc.publishedOn(), doc.publishedOnPrecision(), doc.accessedOn(), doc.reliability(),
                doc.archiveUrl(), doc.archiveSha256(), null, doc.confidentiality(), null, null);
    }
}
