package org.kuzet.web;

import java.util.Map;
import java.util.TreeMap;
import org.kuzet.shared.Checker;
import org.kuzet.shared.LocalizedText;
import org.kuzet.source.SourceDocument;

/**
 * A source as its form sends it: every field of the record, the publication date written as precisely as it is
 * known ("2020-02-22", "2020-02", "2020"). Everything typed comes back unchanged when the form has problems.
 *
 * @param language      the language the source is written in (its title is taken to be in it when that is English,
 *                      Russian or Kazakh, else in the page's language)
 * @param pageLanguage  the page's language
 * @param published     the publication date as typed
 * @param informant     who gave a confidential source: only for those who may see it
 */
public record SourceForm(String url, String title, String language, String pageLanguage, String outlet, String kind,
                         String published, Boolean approximate, String accessedOn, String reliability,
                         String archiveUrl, String archiveSha256, String informant, String confidentiality) {

    /** Where the form shows the problems of the source's check, by their paths. */
    static final FormFields FIELDS = FormFields.of().field("publishedOn", "published")
            .field("publishedOnPrecision", "published");

    public SourceForm {
        pageLanguage = pageLanguage == null || !Languages.CODES.contains(pageLanguage) ? "en" : pageLanguage;
        kind = kind == null || kind.isBlank() ? "media" : kind;
        reliability = reliability == null || reliability.isBlank() ? "unknown" : reliability;
        confidentiality = confidentiality == null || confidentiality.isBlank() ? "internal" : confidentiality;
    }

    static SourceForm empty(String pageLanguage) {
        return new SourceForm(null, null, null, pageLanguage, null, null, null, false, null, null, null, null, null, null);
    }

    /** The form filled from a stored source: its title in its original language. */
    static SourceForm of(SourceDocument doc, String pageLanguage) {
        String titleLanguage = doc.title() == null ? pageLanguage : doc.title().original();
        return new SourceForm(doc.url(), doc.title() == null ? null : doc.title().texts().get(titleLanguage),
                doc.language(), titleLanguage, doc.outlet(), doc.kind(),
                FormDates.shown(doc.publishedOn(), doc.publishedOnPrecision()),
                "approximate".equals(doc.publishedOnPrecision()), doc.accessedOn(), doc.reliability(), doc.archiveUrl(),
                doc.archiveSha256(), doc.informant(), doc.confidentiality());
    }

    /**
     * The source this form describes; for an edit, {@code stored} gives the key, the version the form was read at and
     * the title's other translations, which the form does not show and a save keeps. Problems of the form's own fields
     * go to {@code check}.
     */
    SourceDocument toDocument(SourceDocument stored, Integer version, Checker check) {
        String[] published = FormDates.parse(this.published, approximate, check.at("publishedOn"));
        return new SourceDocument(null, version, stored == null ? null : stored.key(), blank(url),
                title(stored == null ? null : stored.title()), blank(outlet), blank(language) == null ? null
                : language.strip().toLowerCase(java.util.Locale.ROOT), kind, published[0], published[1], blank(accessedOn),
                reliability, blank(archiveUrl), blank(archiveSha256) == null ? null
                : archiveSha256.strip().toLowerCase(java.util.Locale.ROOT), blank(informant), confidentiality, null, null);
    }

    /** The title in its language, the stored translations kept; the language is the source's when it is one of ours. */
    private LocalizedText title(LocalizedText stored) {
        String inLanguage = stored != null ? stored.original()
                : blank(language) != null && Languages.CODES.contains(language.strip()) ? language.strip() : pageLanguage;
        Map<String, String> texts = new TreeMap<>(stored == null ? Map.of() : stored.texts());
        if (blank(title) == null) {
            texts.remove(inLanguage);
        } else {
            texts.put(inLanguage, title.strip());
        }
        if (texts.isEmpty()) {
            return null;
        }
        return new LocalizedText(texts.containsKey(inLanguage) ? inLanguage : texts.keySet().iterator().next(), texts);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
