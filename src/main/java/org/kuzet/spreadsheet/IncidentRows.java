package org.kuzet.spreadsheet;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.identity.Subject;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.incident.IncidentDocument.Perpetrator;
import org.kuzet.incident.IncidentDocument.Victim;
import org.kuzet.incident.IncidentDocument.VictimCount;
import org.kuzet.incident.Incidents;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.RecordStore;

/** A sheet of incidents: one row each, victims named by key or by the names of recorded persons. */
final class IncidentRows extends RowKind<IncidentDocument, Incidents.Valid> {

    static final Field KEY = Field.of("key", "ключ", "кілт");
    static final Field TITLE_EN = Field.at("title.en", "title.en", "title", "title (en)", "title_en", "headline");
    static final Field TITLE_RU = Field.at("title.ru", "title.ru", "заголовок", "название", "title (ru)", "title_ru");
    static final Field TITLE_KK = Field.at("title.kk", "title.kk", "тақырып", "атауы", "title (kk)", "title_kk");
    static final Field NARRATIVE_EN = Field.at("narrative.en", "narrative.en", "narrative", "description", "summary",
            "narrative (en)", "narrative_en");
    static final Field NARRATIVE_RU = Field.at("narrative.ru", "narrative.ru", "описание", "краткое описание", "фабула",
            "narrative (ru)", "narrative_ru");
    static final Field NARRATIVE_KK = Field.at("narrative.kk", "narrative.kk", "сипаттама", "narrative (kk)", "narrative_kk");
    static final Field DATE = Field.of("date", "дата", "date of incident", "дата инцидента", "дата события", "күні", "start date",
            "дата начала");
    static final Field END_DATE = Field.of("endDate", "end date", "дата окончания", "аяқталған күні", "end");
    static final Field TYPES = Field.of("types", "type", "incident type", "тип", "типы", "вид", "вид нарушения",
            "тип инцидента", "түрі");
    static final Field RIGHTS = Field.of("rights", "right", "право", "права", "құқық", "құқықтар");
    static final Field PLACE = Field.of("place", "место", "region", "регион", "область", "город", "city", "location",
            "орны", "өңір");
    static final Field PLACE_DETAIL = Field.of("placeDetail", "place detail", "address", "адрес", "уточнение места",
            "мекенжай");
    static final Field VICTIMS = Field.of("victims", "victim", "пострадавшие", "пострадавший", "жертвы", "жертва",
            "зардап шеккендер");
    static final Field VICTIM_COUNT = Field.of("victimCount", "victim count", "number of victims", "victims count",
            "количество пострадавших", "число пострадавших", "кол-во пострадавших", "зардап шеккендер саны");
    static final Field PERPETRATORS = Field.of("perpetrators", "perpetrator", "нарушитель", "нарушители",
            "исполнитель", "кто нарушил", "құқық бұзушы");
    static final Field CONFIDENTIALITY = Field.of("confidentiality", "конфиденциальность", "доступ", "құпиялылық");

    private static final List<Field> FIELDS = List.of(KEY, TITLE_EN, TITLE_RU, TITLE_KK, NARRATIVE_EN, NARRATIVE_RU,
            NARRATIVE_KK, DATE, END_DATE, TYPES, RIGHTS, PLACE, PLACE_DETAIL, VICTIMS, VICTIM_COUNT, PERPETRATORS,
            CONFIDENTIALITY);
    /** What a date cell says when the sources give no date: recorded as unknown, never invented. */
    private static final List<String> NO_DATE = List.of("unknown", "no date", "неизвестно", "нет даты", "дата неизвестна",
            "белгісіз");
    private static final Pattern COUNT = Pattern.compile("(?iu)(.*?)\\s*(\\d[\\d\\s\u00a0]*)\\s*(\\+)?\\s*(?:человек|чел\\.?|people|persons)?");
    private static final Map<String, String> QUALIFIERS = new LinkedHashMap<>();

    static {
        for (String w : List.of("", "=", "exactly", "ровно")) {
            QUALIFIERS.put(w, "exact");
        }
        for (String w : List.of("more than", "over", ">", "более", "больше", "свыше", "больше чем", "более чем", "астам")) {
            QUALIFIERS.put(w, "more_than");
        }
        for (String w : List.of("at least", ">=", "не менее", "как минимум", "минимум", "кемінде")) {
            QUALIFIERS.put(w, "at_least");
        }
        for (String w : List.of("about", "around", "approximately", "~", "около", "примерно", "приблизительно", "шамамен")) {
            QUALIFIERS.put(w, "about");
        }
        for (String w : List.of("up to", "<=", "до", "не более", "дейін")) {
            QUALIFIERS.put(w, "up_to");
        }
    }

    private final Incidents incidents;

    IncidentRows(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    String name() {
        return "incidents";
    }

    @Override
    List<Field> fields() {
        return FIELDS;
    }

    @Override
    RecordStore<IncidentDocument, Incidents.Valid, ?> store() {
        return incidents;
    }

    @Override
    IncidentDocument document(Row row, CellValues values, Context context) {
        var title = localized(row, context, Map.of("en", TITLE_EN, "ru", TITLE_RU, "kk", TITLE_KK));
        var narrative = localized(row, context, Map.of("en", NARRATIVE_EN, "ru", NARRATIVE_RU, "kk", NARRATIVE_KK));
        String date = null;
        String precision = null;
        String dateText = row.text(DATE);
        if (dateText != null && NO_DATE.contains(Columns.normal(dateText))) {
            precision = IncidentDocument.DATE_UNKNOWN;
        } else {
            DateWithPrecision d = values.date(row, DATE);
            if (d != null) {
                date = d.date().toString();
                precision = d.precision().code();
            }
        }
        DateWithPrecision end = values.date(row, END_DATE);
        KeyResolver refs = incidents.references();
        List<Victim> victims = new ArrayList<>();
        for (String written : row.list(VICTIMS)) {
            String key = recorded(row, VICTIMS, Subject.PERSON, written, context, refs);
            if (key != null) {
                victims.add(new Victim(key, null, null));
            }
        }
        List<Perpetrator> perpetrators = values.codes(row, PERPETRATORS, "perpetrator_kind").stream()
                .map(kind -> new Perpetrator(kind, null, null, null)).toList();
        return new IncidentDocument(null, null, row.text(KEY), title, narrative, null, date, precision,
                end == null ? null : end.date().toString(), end == null ? null : end.precision().code(),
                values.code(row, PLACE, "place"), row.text(PLACE_DETAIL), null, null, null,
                values.codes(row, TYPES, "incident_type"), values.codes(row, RIGHTS, "right"), victims,
                victimCount(row), perpetrators, List.of(), List.of(), values.code(row, CONFIDENTIALITY, "confidentiality"),
                null, List.of(), null, null);
    }

    /** "12", "более 200", "at least 30", "200+": the figure and how exact it is. */
    private static VictimCount victimCount(Row row) {
        String text = row.text(VICTIM_COUNT);
        if (text == null) {
            return null;
        }
        try {
            VictimCount count = count(text);
            if (count == null) {
                row.problem(VICTIM_COUNT, "'" + Row.abbreviate(text) + "' is not a count such as 12, \"more than 200\" or "
                        + "\"около 30\"");
            }
            return count;
        } catch (IllegalArgumentException e) {
            row.problem(VICTIM_COUNT, "'" + Row.abbreviate(text) + "' is too large a count");
            return null;
        }
    }

    /**
     * A count of persons as written ("12", "более 200", "at least 30", "200+"): null when the text is not one, an
     * {@link IllegalArgumentException} when the figure is too large.
     */
    static VictimCount count(String text) {
        Matcher m = COUNT.matcher(text.strip());
        String qualifier = m.matches() ? QUALIFIERS.get(Columns.normal(m.group(1))) : null;
        if (qualifier == null) {
            return null;
        }
        if (m.group(3) != null) {
            qualifier = "exact".equals(qualifier) ? "at_least" : qualifier;
        }
        BigInteger value = new BigInteger(m.group(2).replaceAll("[\\s\u00a0]", ""));
        if (value.bitLength() > 31) {
            throw new IllegalArgumentException("too large a count");
        }
        return new VictimCount(qualifier.toLowerCase(Locale.ROOT), value.intValue());
    }
}
