package org.kuzet.spreadsheet;

import java.math.BigDecimal;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kuzet.exchange.Acled;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.incident.IncidentDocument.Perpetrator;
import org.kuzet.incident.IncidentDocument.VictimCount;
import org.kuzet.incident.Incidents;
import org.kuzet.shared.Actor;
import org.kuzet.shared.DatePrecision;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.RecordStore;
import org.kuzet.source.Citation;
import org.kuzet.source.SourceDocument;
import org.kuzet.source.Sources;
import org.kuzet.vocabulary.FormerName;
import org.kuzet.vocabulary.LabelIndex;
import org.kuzet.vocabulary.Place;

/**
 * A file of ACLED's event data, in ACLED's own layout, imported as incidents (docs/acled.md, "Import"). Each event
 * becomes an incident keyed {@code acled-} and ACLED's event id, so that the same file imported again finds its events
 * recorded and leaves them out. ACLED's coding is read backwards by the rules that write it ({@link Acled}): the
 * sub-event type gives the incident types, the time precision the date's, the acting side's actors the perpetrators.
 * An event of a type Kuzet does not record (a peaceful protest, a battle) is left out with its reason, never guessed
 * into one. What the incident has no field for (ACLED's actors as written, the victims' side, the source scale, the
 * tags…) is kept word for word under the notes in its narrative; ACLED's source text is the claim of the incident's
 * citation of the ACLED source record.
 */
final class AcledRows extends RowKind<IncidentDocument, Incidents.Valid> {

    static final Field EVENT_ID = Field.at("event_id_cnty", "key");
    static final Field EVENT_DATE = Field.at("event_date", "date");
    static final Field YEAR = Field.at("year", "");
    static final Field TIME_PRECISION = Field.at("time_precision", "datePrecision");
    static final Field DISORDER_TYPE = Field.at("disorder_type", "");
    static final Field EVENT_TYPE = Field.at("event_type", "");
    static final Field SUB_EVENT_TYPE = Field.at("sub_event_type", "types");
    static final Field ACTOR1 = Field.at("actor1", "");
    static final Field ASSOC_ACTOR_1 = Field.at("assoc_actor_1", "");
    static final Field INTER1 = Field.at("inter1", "");
    static final Field ACTOR2 = Field.at("actor2", "");
    static final Field ASSOC_ACTOR_2 = Field.at("assoc_actor_2", "");
    static final Field INTER2 = Field.at("inter2", "");
    static final Field INTERACTION = Field.at("interaction", "");
    static final Field CIVILIAN_TARGETING = Field.at("civilian_targeting", "");
    static final Field ISO = Field.at("iso", "");
    static final Field REGION = Field.at("region", "");
    static final Field COUNTRY = Field.at("country", "");
    static final Field ADMIN1 = Field.at("admin1", "");
    static final Field ADMIN2 = Field.at("admin2", "");
    static final Field ADMIN3 = Field.at("admin3", "");
    static final Field LOCATION = Field.at("location", "place");
    static final Field LATITUDE = Field.at("latitude", "latitude");
    static final Field LONGITUDE = Field.at("longitude", "longitude");
    static final Field GEO_PRECISION = Field.at("geo_precision", "");
    static final Field SOURCE = Field.at("source", "sources");
    static final Field SOURCE_SCALE = Field.at("source_scale", "");
    static final Field NOTES = Field.at("notes", "title");
    static final Field FATALITIES = Field.at("fatalities", "victimCount");
    static final Field TAGS = Field.at("tags", "");
    static final Field TIMESTAMP = Field.at("timestamp", "");
    /** Columns of ACLED's files before 2023, which say nothing the others do not: read, and not kept again. */
    static final Field DATA_ID = Field.at("data_id", "");
    static final Field EVENT_ID_NO_CNTY = Field.at("event_id_no_cnty", "");
    static final Field ISO3 = Field.at("iso3", "");

    /** The key field first, as the import looks for a key given twice. */
    private static final List<Field> FIELDS = List.of(EVENT_ID, EVENT_DATE, YEAR, TIME_PRECISION, DISORDER_TYPE,
            EVENT_TYPE, SUB_EVENT_TYPE, ACTOR1, ASSOC_ACTOR_1, INTER1, ACTOR2, ASSOC_ACTOR_2, INTER2, INTERACTION,
            CIVILIAN_TARGETING, ISO, REGION, COUNTRY, ADMIN1, ADMIN2, ADMIN3, LOCATION, LATITUDE, LONGITUDE,
            GEO_PRECISION, SOURCE, SOURCE_SCALE, NOTES, FATALITIES, TAGS, TIMESTAMP, DATA_ID, EVENT_ID_NO_CNTY, ISO3);
    /** The levels of an ACLED place, coarsest first. */
    private static final List<Field> PLACE_LEVELS = List.of(COUNTRY, ADMIN1, ADMIN2, ADMIN3, LOCATION);
    private static final int TITLE_LENGTH = 1000;

    private final Incidents incidents;
    private final Sources sources;

    AcledRows(Incidents incidents, Sources sources) {
        this.incidents = incidents;
        this.sources = sources;
    }

    @Override
    String name() {
        return "acled";
    }

    @Override
    String records() {
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

    /**
     * The records in the database, and the ACLED source record that every incident cites: created only when the rows
     * are written ({@link #beforeWrites}), so a check resolves it ahead (validation writes nothing). A source record
     * of its key that the user may not see, or that was deleted, cannot be cited: the file is refused before its
     * rows are read.
     */
    @Override
    KeyResolver references() {
        if (sources.find(Acled.SOURCE_KEY).isEmpty() && sources.keyTaken(Acled.SOURCE_KEY)) {
            throw new UnreadableFile("the incidents of an ACLED file cite the source record '" + Acled.SOURCE_KEY
                    + "', which was deleted or is beyond your clearance; have an administrator restore it or open it to you");
        }
        return incidents.references().or((table, key) -> "source".equals(table) && Acled.SOURCE_KEY.equals(key)
                ? Optional.of(0L) : Optional.empty());
    }

    /** The ACLED source record, created the first time an ACLED file is imported (as the importing user). */
    @Override
    void beforeWrites() {
        if (sources.find(Acled.SOURCE_KEY).isEmpty()) {
            sources.create(new SourceDocument(null, null, Acled.SOURCE_KEY, "https://acleddata.com",
                    LocalizedText.of("en", "ACLED: Armed Conflict Location & Event Data"), "ACLED", "en", "other", null,
                    null, null, null, null, null, null, "public", null, null), Actor.current().userId());
        }
    }

    @Override
    IncidentDocument document(Row row, CellValues values, Context context) {
        String eventId = row.text(EVENT_ID);
        if (eventId == null) {
            row.problem(EVENT_ID, "is required: ACLED's event id, which the incident keeps (as its key, "
                    + Acled.IMPORTED_KEY + "<id>) so that the file is never imported twice");
        }
        String key = eventId == null ? null : Acled.keyOf(eventId);
        if (key != null && incidents.keyTaken(key)) {
            row.leaveOut(EVENT_ID, "ACLED event " + Row.abbreviate(eventId) + " is already recorded, as incident "
                    + Row.abbreviate(key) + " (imported before)");
            return null;
        }
        String subEvent = row.text(SUB_EVENT_TYPE);
        List<String> types = types(row, values, subEvent);
        if (row.leftOut()) {
            return null;
        }
        String eventType = subEvent == null ? null : Acled.eventTypeOf(subEvent);
        String written = row.text(EVENT_TYPE);
        if (eventType != null && written != null && !eventType.equalsIgnoreCase(written)) {
            row.problem(EVENT_TYPE, "is '" + Row.abbreviate(written) + "', but ACLED's sub-event type '" + subEvent
                    + "' is one of '" + eventType + "'");
        }
        DateWithPrecision date = date(row, values);
        Place place = place(row, values);
        String placeDetail = place != null && values.mapped(finestPlace(row), row.text(finestPlace(row)))
                ? row.text(finestPlace(row)) : null;
        BigDecimal[] point = point(row, place);
        String notes = row.text(NOTES);
        LocalizedText title = notes == null ? null : LocalizedText.of("en", title(notes));
        LocalizedText narrative = notes == null ? null : LocalizedText.of("en", notes + "\n\n" + details(row, eventId));
        List<Perpetrator> perpetrators = perpetrators(row, values, eventType);
        VictimCount count = count(row);
        String sourceText = row.text(SOURCE);
        List<Citation> cited = List.of(new Citation(Acled.SOURCE_KEY, sourceText,
                eventId == null ? null : Acled.locatorOf(eventId)));
        return new IncidentDocument(null, null, key, title, narrative, null,
                date == null ? null : date.date().toString(), date == null ? null : date.precision().code(), null, null,
                place == null ? null : place.code(), placeDetail, point[0], point[1], null, types, List.of(), List.of(),
                count, perpetrators, List.of(), List.of(), null, null, cited, null, null);
    }

    /**
     * The incident types: those a row of Kuzet's own export names in its tags (checked to be what its sub-event type
     * says), else those ACLED's sub-event type stands for. An event of a type that stands for none is left out.
     */
    private static List<String> types(Row row, CellValues values, String subEvent) {
        if (subEvent == null) {
            row.problem(SUB_EVENT_TYPE, "is required: ACLED's sub-event type, such as 'Protest with intervention'");
            return List.of();
        }
        List<String> tagged = Acled.taggedTypes(row.text(TAGS));
        if (tagged != null) {
            List<String> codes = new ArrayList<>();
            for (String code : tagged) {
                List<String> found = values.candidates(row, TAGS, "incident_type", code);
                if (found != null && found.size() == 1) {
                    codes.add(found.getFirst());
                } else if (found != null && found.isEmpty()) {
                    CellValues.unknown(row, TAGS, "incident_type", code);
                } else if (found != null) {
                    CellValues.ambiguous(row, TAGS, code, found);
                }
            }
            String theirs = Acled.subEventTypeOf(codes);
            if (!row.hasErrors() && !theirs.equalsIgnoreCase(subEvent)) {
                row.problem(TAGS, "names the types " + String.join(", ", codes) + ", which are exported as '" + theirs
                        + "', but the sub-event type is '" + Row.abbreviate(subEvent) + "'; correct one of them");
            }
            return codes;
        }
        List<String> types = Acled.typesOf(subEvent);
        if (types.isEmpty()) {
            String eventType = row.text(EVENT_TYPE);
            row.leaveOut(SUB_EVENT_TYPE, "ACLED's '" + (eventType == null ? "" : Row.abbreviate(eventType) + ": ")
                    + Row.abbreviate(subEvent) + "' is no kind of incident Kuzet records (it imports "
                    + String.join(", ", Acled.importedSubEventTypes()) + ")");
        }
        return types;
    }

    /** The event's date with the precision ACLED gives it: a month (3) is the month, never a guessed day of it. */
    private static DateWithPrecision date(Row row, CellValues values) {
        String precisionText = row.text(TIME_PRECISION);
        String precision = Acled.datePrecisionOf(precisionText);
        if (precision == null) {
            row.problem(TIME_PRECISION, (precisionText == null ? "is required" : "'" + Row.abbreviate(precisionText)
                    + "' is not ACLED's time precision") + ": 1 (the day), 2 (a few days around it) or 3 (the month)");
        }
        if (row.text(EVENT_DATE) == null) {
            row.problem(EVENT_DATE, "is required: the event's date, as 2022-01-05 or 05 January 2022");
            return null;
        }
        DateWithPrecision read = values.date(row, EVENT_DATE);
        if (read == null) {
            return null;
        }
        if (precision == null) {
            return read; // the row is not written (its time precision is wrong): the date is not said to be missing too
        }
        String year = row.text(YEAR);
        if (year != null && !year.equals(Integer.toString(read.date().getYear()))) {
            row.problem(YEAR, "is " + Row.abbreviate(year) + ", but event_date is in " + read.date().getYear());
        }
        boolean month = "month".equals(precision);
        if (read.precision() == DatePrecision.YEAR || read.precision() == DatePrecision.MONTH && !month) {
            row.problem(EVENT_DATE, "'" + row.text(EVENT_DATE) + "' is not a day, which time precision "
                    + precisionText + " needs");
            return null;
        }
        if (month) {
            return DateWithPrecision.month(read.date().getYear(), read.date().getMonthValue());
        }
        return "approximate".equals(precision) ? DateWithPrecision.around(read.date()) : DateWithPrecision.day(read.date());
    }

    /** The finest level of the place the row gives: location, else admin3, admin2, admin1, country. */
    private static Field finestPlace(Row row) {
        Field finest = LOCATION;
        for (Field level : PLACE_LEVELS) {
            if (row.text(level) != null) {
                finest = level;
            }
        }
        return finest;
    }

    /**
     * The place of the finest level given, by the place vocabulary's labels in any language, former names included;
     * ACLED names a region without the word ("Mangystau") and may name Almaty "Almaty City". The coarser levels only
     * choose among places of one name ("Aktobe" the city of Aktobe region, not the region); a coarser level the
     * vocabulary does not know changes nothing, and one whose place does not hold the finer one (ACLED's older
     * regions) is a warning on the finer one. A finest level, or a country, the vocabulary does not know is a problem
     * naming it: an event abroad is never filed under a Kazakh place of the same name.
     */
    private static Place place(Row row, CellValues values) {
        Map<String, Place> places = values.places();
        Field finest = finestPlace(row);
        if (row.text(finest) == null) {
            row.problem(LOCATION, "no place is given (location, admin1, admin2, admin3 or country)");
            return null;
        }
        Set<String> within = null;
        Field withinLevel = null;
        for (Field level : PLACE_LEVELS) {
            String written = row.text(level);
            if (written == null) {
                continue;
            }
            List<String> found = values.candidates(row, level, "place", written);
            if (found == null) {
                return null;
            }
            if (level == COUNTRY && found.isEmpty() && level != finest) {
                // an event abroad must not be filed under a Kazakh place of the same name
                CellValues.unknown(row, level, "place", written);
                return null;
            }
            if (level == ADMIN1 && !values.mapped(level, written)) {
                Set<String> more = new LinkedHashSet<>(found);
                more.addAll(values.index("acled-admin1", () -> firstLevels(places)).codesOf(written));
                found = List.copyOf(more);
            }
            Set<String> context = within;
            List<String> inContext = context == null ? found
                    : found.stream().filter(code -> holds(context, code, places)).toList();
            List<String> codes = inContext.isEmpty() ? found : inContext;
            if (level == finest) {
                if (codes.isEmpty()) {
                    CellValues.unknown(row, level, "place", written);
                    return null;
                }
                if (codes.size() > 1) {
                    CellValues.ambiguous(row, level, written, codes);
                    return null;
                }
                if (context != null && inContext.isEmpty()) {
                    row.warning(level, "'" + Row.abbreviate(written) + "' does not lie in '" + Row.abbreviate(row.text(withinLevel))
                            + "' (" + withinLevel.name() + ") as the vocabulary has it; read as " + codes.getFirst());
                }
                return places.get(codes.getFirst());
            }
            if (!codes.isEmpty()) {
                within = new LinkedHashSet<>(codes);
                withinLevel = level;
            }
        }
        return null;
    }

    /** Whether {@code code} is one of {@code places} or lies within one of them. */
    private static boolean holds(Set<String> context, String code, Map<String, Place> places) {
        Place p = places.get(code);
        for (int depth = 0; p != null && depth < 10; depth++) {
            if (context.contains(p.code())) {
                return true;
            }
            p = p.parent() == null ? null : places.get(p.parent());
        }
        return false;
    }

    /** The first-level divisions (whose parent is a country) also by ACLED's names of them. */
    private static LabelIndex firstLevels(Map<String, Place> places) {
        Map<String, List<String>> labels = new HashMap<>();
        for (Place p : places.values()) {
            Place parent = p.parent() == null ? null : places.get(p.parent());
            if (parent == null || !"country".equals(parent.kind())) {
                continue;
            }
            List<String> names = new ArrayList<>();
            if (p.names() != null) {
                names.add(p.names().en());
                names.add(p.names().ru());
                names.add(p.names().kk());
            }
            if (p.formerNames() != null) {
                p.formerNames().stream().map(FormerName::name).forEach(names::add);
            }
            List<String> also = new ArrayList<>();
            for (String name : names) {
                if (name == null) {
                    continue;
                }
                also.add(name);
                if (name.toLowerCase(Locale.ROOT).endsWith(" region")) {
                    also.add(name.substring(0, name.length() - " region".length()));
                }
                if ("city_of_republican_significance".equals(p.kind())) {
                    also.add(name + " City");
                }
            }
            labels.put(p.code(), also);
        }
        return LabelIndex.of(labels);
    }

    /**
     * ACLED's coordinates when they are the event's own point (geo precision 1, or none given): those of a nearby
     * town or of a region's capital (2, 3) do not say where the event was, and stay in the narrative. A point that is
     * the place's own is not kept twice.
     */
    private static BigDecimal[] point(Row row, Place place) {
        BigDecimal latitude = decimal(row, LATITUDE);
        BigDecimal longitude = decimal(row, LONGITUDE);
        String precision = row.text(GEO_PRECISION);
        if (precision != null && !precision.matches("[123]")) {
            row.problem(GEO_PRECISION, "'" + Row.abbreviate(precision) + "' is not ACLED's geo precision (1, 2 or 3)");
        }
        if (latitude == null || longitude == null || precision != null && !"1".equals(precision)) {
            return new BigDecimal[2];
        }
        if (place != null && place.latitude() != null && place.longitude() != null
                && place.latitude().compareTo(latitude) == 0 && place.longitude().compareTo(longitude) == 0) {
            return new BigDecimal[2];
        }
        return new BigDecimal[] {latitude, longitude};
    }

    private static BigDecimal decimal(Row row, Field field) {
        String text = row.text(field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            row.problem(field, "'" + Row.abbreviate(text) + "' is not a number of degrees such as 43.2567");
            return null;
        }
    }

    /**
     * The first sentence of ACLED's notes, which tell the event in a few sentences starting with its date and place; a
     * first sentence too long for a title is cut at a word, the whole notes being the narrative.
     */
    static String title(String notes) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(notes);
        int end = sentences.next();
        String first = (end == BreakIterator.DONE ? notes : notes.substring(0, end)).strip();
        if (first.length() <= TITLE_LENGTH) {
            return first;
        }
        int cut = first.lastIndexOf(' ', TITLE_LENGTH - 1);
        return first.substring(0, cut > 0 ? cut : TITLE_LENGTH - 1).strip() + "…";
    }

    /** Every cell of the row the incident has no field for, word for word, under the notes. */
    private static String details(Row row, String eventId) {
        StringBuilder text = new StringBuilder("From ACLED, event ").append(eventId).append(':');
        line(text, "type", join(" / ", row.text(DISORDER_TYPE), row.text(EVENT_TYPE), row.text(SUB_EVENT_TYPE)));
        line(text, "actor 1", actor(row, ACTOR1, INTER1, ASSOC_ACTOR_1));
        line(text, "actor 2", actor(row, ACTOR2, INTER2, ASSOC_ACTOR_2));
        line(text, "interaction", row.text(INTERACTION));
        line(text, "civilian targeting", row.text(CIVILIAN_TARGETING));
        line(text, "where", join(", ", row.text(LOCATION), row.text(ADMIN3), row.text(ADMIN2), row.text(ADMIN1),
                row.text(COUNTRY), row.text(REGION)));
        line(text, "coordinates", row.text(LATITUDE) == null ? null : join(", ", row.text(LATITUDE), row.text(LONGITUDE))
                + (row.text(GEO_PRECISION) == null ? "" : " (geo precision " + row.text(GEO_PRECISION) + ")"));
        line(text, "sources", join("; scale: ", row.text(SOURCE), row.text(SOURCE_SCALE)));
        line(text, "fatalities", row.text(FATALITIES));
        line(text, "tags", row.text(TAGS));
        line(text, "timestamp", row.text(TIMESTAMP));
        return text.toString();
    }

    private static String actor(Row row, Field actor, Field inter, Field associated) {
        String name = row.text(actor);
        String others = row.text(associated);
        if (name == null && others == null) {
            return null;
        }
        return (name == null ? "" : name) + (row.text(inter) == null ? "" : " (inter " + row.text(inter) + ")")
                + (others == null ? "" : "; with " + others);
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append("\n- ").append(label).append(": ").append(value);
        }
    }

    private static String join(String separator, String... parts) {
        List<String> given = Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
        return given.isEmpty() ? null : String.join(separator, given);
    }

    /**
     * The acting side's actor and associated actors as perpetrators (the side that is not protesters or civilians by
     * its inter code; else in a protest actor 2, elsewhere actor 1, as the export writes them), each of the kind its name reads as ({@link Acled#actorReadings}, the saved mapping's values
     * first), ACLED's name kept as the perpetrator's description. A name that reads as no kind is a problem naming it.
     */
    private static List<Perpetrator> perpetrators(Row row, CellValues values, String eventType) {
        Integer[] codes = new Integer[2];
        List<Field> inters = List.of(INTER1, INTER2);
        for (int i = 0; i < 2; i++) {
            String code = row.text(inters.get(i));
            codes[i] = code == null ? null : Acled.interCode(code);
            if (code != null && codes[i] == null) {
                row.problem(inters.get(i), "'" + Row.abbreviate(code) + "' is not an ACLED inter code (1 to 8, or its name "
                        + "such as 'State forces')");
            }
        }
        boolean actor2 = Acled.perpetratorIsActor2(eventType, codes[0], codes[1]);
        Field actorField = actor2 ? ACTOR2 : ACTOR1;
        Field associated = actor2 ? ASSOC_ACTOR_2 : ASSOC_ACTOR_1;
        List<Perpetrator> perpetrators = new ArrayList<>();
        String actor = row.text(actorField);
        if (actor != null) {
            String kind = kind(row, actorField, actor, values);
            if (kind != null) {
                perpetrators.add(new Perpetrator(kind, null, null, actor));
            }
        }
        for (String other : row.list(associated)) {
            String kind = kind(row, associated, other, values);
            if (kind != null) {
                perpetrators.add(new Perpetrator(kind, null, null, other));
            }
        }
        return perpetrators;
    }

    private static String kind(Row row, Field field, String actor, CellValues values) {
        if (!values.mapped(field, actor) && Acled.unidentified(actor)) {
            return "unknown_persons";
        }
        for (String reading : Acled.actorReadings(actor)) {
            List<String> found = values.candidates(row, field, "perpetrator_kind", reading);
            if (found == null) {
                return null;
            }
            if (found.size() == 1) {
                return found.getFirst();
            }
            if (found.size() > 1) {
                CellValues.ambiguous(row, field, reading, found);
                return null;
            }
        }
        CellValues.unknown(row, field, "perpetrator_kind", actor);
        return null;
    }

    /**
     * The count of persons a tag of Kuzet's export states ({@code crowd size=more than 200}); else, when ACLED counts
     * deaths, at least that many persons were affected. A tag that is no count ("crowd size=no report") stays in the
     * narrative.
     */
    private static VictimCount count(Row row) {
        String fatalities = row.text(FATALITIES);
        Integer dead = null;
        if (fatalities != null) {
            if (!fatalities.matches("\\d{1,9}")) {
                row.problem(FATALITIES, "'" + Row.abbreviate(fatalities) + "' is not a number of deaths (0 or more)");
            } else {
                dead = Integer.valueOf(fatalities);
            }
        }
        String tagged = Acled.taggedCount(row.text(TAGS));
        if (tagged != null) {
            try {
                VictimCount count = IncidentRows.count(tagged);
                if (count != null && count.value() > 0) {
                    return count;
                }
            } catch (IllegalArgumentException e) {
                // too large to be a count: kept as written in the narrative
            }
        }
        return dead == null || dead == 0 ? null : new VictimCount("at_least", dead);
    }
}
