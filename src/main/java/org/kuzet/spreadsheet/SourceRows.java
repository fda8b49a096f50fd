package org.kuzet.spreadsheet;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.RecordStore;
import org.kuzet.source.SourceDocument;
import org.kuzet.source.Sources;

/**
 * A sheet of sources — articles, posts, court documents — one row each. A title in a plain "title" column is in the
 * source's language (its language column, when English, Russian or Kazakh, else the mapping's original language),
 * as the source form takes it; a title in another language has a column of its own ("title (ru)"). The source kind,
 * language and reliability by code or any label; the publication date with its precision.
 */
final class SourceRows extends RowKind<SourceDocument, Sources.Valid> {

    static final Field KEY = Field.of("key", "ключ", "кілт");
    static final Field URL = Field.of("url", "link", "address", "web address", "ссылка", "адрес", "сілтеме");
    static final Field TITLE = Field.at("title", "title", "headline", "заголовок", "название", "тақырып", "атауы");
    static final Field TITLE_EN = Field.at("title.en", "title.en", "title (en)", "title_en");
    static final Field TITLE_RU = Field.at("title.ru", "title.ru", "title (ru)", "title_ru", "заголовок (ru)");
    static final Field TITLE_KK = Field.at("title.kk", "title.kk", "title (kk)", "title_kk", "тақырып (kk)");
    static final Field OUTLET = Field.of("outlet", "publisher", "media outlet", "media", "издание", "сми", "издатель",
            "басылым", "бақ", "жариялаушы");
    static final Field LANGUAGE = Field.of("language", "lang", "язык", "тілі", "тіл");
    static final Field KIND = Field.of("kind", "type", "source kind", "тип", "вид", "тип источника", "вид источника",
            "түрі");
    static final Field PUBLISHED = Field.of("publishedOn", "published", "date", "publication date", "date published",
            "дата", "дата публикации", "опубликовано", "күні", "жарияланған күні");
    static final Field ACCESSED = Field.of("accessedOn", "accessed", "accessed on", "date accessed", "дата обращения",
            "қаралған күні");
    static final Field RELIABILITY = Field.of("reliability", "надежность", "достоверность", "сенімділік");
    static final Field ARCHIVE_URL = Field.of("archiveUrl", "archive", "archive url", "архив", "ссылка на архив",
            "мұрағат");
    static final Field ARCHIVE_SHA256 = Field.of("archiveSha256", "archive sha256", "sha256", "sha-256");
    static final Field INFORMANT = Field.of("informant", "информант", "кто передал", "ақпарат беруші");
    static final Field CONFIDENTIALITY = Field.of("confidentiality", "конфиденциальность", "доступ", "құпиялылық");

    private static final List<Field> FIELDS = List.of(KEY, URL, TITLE, TITLE_EN, TITLE_RU, TITLE_KK, OUTLET, LANGUAGE,
            KIND, PUBLISHED, ACCESSED, RELIABILITY, ARCHIVE_URL, ARCHIVE_SHA256, INFORMANT, CONFIDENTIALITY);

    private final Sources sources;

    SourceRows(Sources sources) {
        this.sources = sources;
    }

    @Override
    String name() {
        return "sources";
    }

    @Override
    List<Field> fields() {
        return FIELDS;
    }

    @Override
    RecordStore<SourceDocument, Sources.Valid, ?> store() {
        return sources;
    }

    @Override
    SourceDocument document(Row row, CellValues values, Context context) {
        String language = values.code(row, LANGUAGE, "language");
        LocalizedText title = title(row, context, language);
        DateWithPrecision published = values.date(row, PUBLISHED);
        DateWithPrecision accessed = values.date(row, ACCESSED);
        if (accessed != null && !"day".equals(accessed.precision().code())) {
            row.problem(ACCESSED, "'" + Row.abbreviate(row.text(ACCESSED)) + "' is not a day: the date a source was "
                    + "read is written in full (12.05.2021)");
            accessed = null;
        }
        if (context.warns()) {
            warnIfRecorded(row, URL, "source", "the same URL", sources.keysWithUrl(row.text(URL)));
        }
        String sha = row.text(ARCHIVE_SHA256);
        return new SourceDocument(null, null, row.text(KEY), row.text(URL), title, row.text(OUTLET), language,
                values.code(row, KIND, "source_kind"), published == null ? null : published.date().toString(),
                published == null ? null : published.precision().code(), accessed == null ? null : accessed.date().toString(),
                values.code(row, RELIABILITY, "reliability"), row.text(ARCHIVE_URL),
                sha == null ? null : sha.toLowerCase(Locale.ROOT), row.text(INFORMANT),
                values.code(row, CONFIDENTIALITY, "confidentiality"), null, null);
    }

    /**
     * The title in its languages: the columns of one language each, and the plain title column in the source's
     * language. A plain title whose language is not known, or that a column of its language gives again, is a
     * problem of its cell.
     */
    private static LocalizedText title(Row row, Context context, String language) {
        LocalizedText inColumns = localized(row, context, Map.of("en", TITLE_EN, "ru", TITLE_RU, "kk", TITLE_KK));
        String plain = row.text(TITLE);
        if (plain == null) {
            return inColumns;
        }
        String in = language != null && LocalizedText.LANGUAGES.contains(language) ? language
                : context.mapping().originalLanguage();
        if (in == null || !LocalizedText.LANGUAGES.contains(in)) {
            row.problem(TITLE, "the title's language is not known: give the source's language (English, Russian or "
                    + "Kazakh) in a language column, or put the title in a column of its language (title (en), "
                    + "title (ru), title (kk))");
            return inColumns;
        }
        Map<String, String> texts = new TreeMap<>(inColumns == null ? Map.of() : inColumns.texts());
        if (texts.containsKey(in)) {
            row.problem(TITLE, "the title is given twice in " + in + ": here and in the title (" + in + ") column");
            return inColumns;
        }
        texts.put(in, plain);
        return new LocalizedText(in, texts);
    }
}
