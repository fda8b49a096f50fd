package org.kuzet.exchange;

import com.ibm.icu.util.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.source.Citation;
import org.kuzet.vocabulary.Place;

/**
 * Incidents as rows of an ACLED-compatible CSV file, so that a coalition's record can sit beside ACLED's own data
 * (docs/acled.md says every rule below and why). ACLED codes one event per row, in English, with a date precision of
 * 1 (day), 2 (a few days around it) or 3 (a month or more), an event type and sub-event type from its codebook, two
 * actors with their interaction codes, and the place down to a location with coordinates. An incident whose sources
 * give no date, or only a year, has no row: ACLED has no event without a day or a month (its coarsest precision, 3,
 * is a month); {@link Rows#leftOut} counts them for the caller to say.
 *
 * <p>The public part is the same coding read backwards, for the import of ACLED files as incidents (the spreadsheet
 * import's {@code acled} kind): one definition of ACLED's types, precisions, actors and event ids for both ways.
 */
public final class Acled {

    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
            "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");

    static final int STATE_FORCES = 1;
    static final int POLITICAL_MILITIAS = 3;
    static final int PROTESTERS = 6;
    static final int CIVILIANS = 7;
    static final int OTHER_FORCES = 8;

    private static final Set<String> ASSEMBLY = Set.of("dispersal", "kettling", "meeting_disruption");
    private static final Set<String> ABDUCTION = Set.of("abduction");
    private static final Set<String> VIOLENCE = Set.of("torture", "ill_treatment", "attack", "death_in_custody",
            "suspicious_death");
    private static final Set<String> DEATHS = Set.of("death_in_custody", "suspicious_death");
    private static final Set<String> ARRESTS = Set.of("detention", "administrative_arrest", "pre_trial_detention",
            "house_arrest", "psychiatric_detention");
    private static final Set<String> DESTRUCTION = Set.of("property_damage");

    /** ACLED's event types as Kuzet writes them (the table of docs/acled.md), gravest first. */
    static final EventType EXCESSIVE_FORCE = new EventType("Political violence; Demonstrations", "Protests",
            "Excessive force against protesters", false);
    static final EventType INTERVENTION = new EventType("Demonstrations", "Protests", "Protest with intervention", false);
    static final EventType DISAPPEARANCE = new EventType("Political violence", "Violence against civilians",
            "Abduction/forced disappearance", true);
    static final EventType ATTACK = new EventType("Political violence", "Violence against civilians", "Attack", true);
    static final EventType ARREST = new EventType("Strategic developments", "Strategic developments", "Arrests", false);
    static final EventType LOOTING = new EventType("Strategic developments", "Strategic developments",
            "Looting/property destruction", false);
    static final EventType OTHER = new EventType("Strategic developments", "Strategic developments", "Other", false);

    /**
     * The Kuzet types an ACLED event of each sub-event type is imported with: of the types exported as that sub-event
     * type, the one that says no more than ACLED does ({@link #classify} of them gives the sub-event type back, which
     * AcledTest checks). "Other" has none: it stands for every other type, and none of them is ACLED's meaning.
     */
    private static final Map<EventType, List<String>> IMPORTED_AS = Map.of(
            EXCESSIVE_FORCE, List.of("dispersal", "attack"),
            INTERVENTION, List.of("dispersal"),
            DISAPPEARANCE, List.of("abduction"),
            ATTACK, List.of("attack"),
            ARREST, List.of("detention"),
            LOOTING, List.of("property_damage"));

    /** How Kuzet names a perpetrator it does not know, as ACLED names one. */
    static final String UNIDENTIFIED = "Unidentified Armed Group";
    /** The tag that carries an exported incident's own types, so that Kuzet reads them back exactly. */
    static final String TYPES_TAG = "kuzet types=";
    /** The start of the event id of an incident Kuzet exports; an incident that cites an ACLED event has its id. */
    static final String KUZET_EVENT = "KUZET-";
    /** The start of the key of an incident imported from an ACLED file: the rest is ACLED's event id. */
    public static final String IMPORTED_KEY = "acled-";
    /** How the citation of the ACLED source names the event: "event KAZ1234". */
    static final String EVENT_LOCATOR = "event ";
    /** The source record every incident imported from an ACLED file cites, with ACLED's own source text. */
    public static final String SOURCE_KEY = "acled";
    /** ACLED's inter codes as its files since 2024 write them, in words: the code is the position plus one. */
    private static final List<String> INTER_NAMES = List.of("state forces", "rebel group", "political militia",
            "identity militia", "rioters", "protesters", "civilians", "external/other forces");
    /**
     * ACLED's name of a state's organ, the kind being the first words: "Police Forces of Kazakhstan (2019-)",
     * "National Guard of Kazakhstan", "Ministry of Internal Affairs".
     */
    private static final Pattern STATE_FORCE = Pattern.compile("(?i)(.+?)(?: forces)? of .+");
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    /** Perpetrator kinds that are the state's own organs: ACLED's "state forces". */
    private static final Set<String> STATE = Set.of("police", "local_police_service", "knb", "national_guard",
            "investigator", "prosecutor", "court", "prison_administration", "akimat", "ministry", "tax_authority",
            "financial_monitoring", "migration_service", "official", "medical_institution");

    /** Places of these kinds are a point on the map: ACLED's geo precision 1. */
    private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village", "city_of_republican_significance");

    /** ACLED's regions of the countries a Kazakh record names; a country not here has no region in the file. */
    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("KZ", "Caucasus and Central Asia"), Map.entry("KG", "Caucasus and Central Asia"),
            Map.entry("UZ", "Caucasus and Central Asia"), Map.entry("TJ", "Caucasus and Central Asia"),
            Map.entry("TM", "Caucasus and Central Asia"), Map.entry("AM", "Caucasus and Central Asia"),
            Map.entry("AZ", "Caucasus and Central Asia"), Map.entry("GE", "Caucasus and Central Asia"),
            Map.entry("RU", "Europe"), Map.entry("BY", "Europe"), Map.entry("UA", "Europe"), Map.entry("DE", "Europe"),
            Map.entry("FR", "Europe"), Map.entry("BE", "Europe"), Map.entry("CN", "East Asia"),
            Map.entry("MN", "East Asia"), Map.entry("TR", "Middle East"));

    /** ACLED's classification of an incident. */
    record EventType(String disorder, String event, String subEvent, boolean civiliansTargeted) {
    }

    /** The rows, and how many incidents had none because their date is unknown or only a year. */
    record Rows(Sheet sheet, int leftOut) {
    }

    private final Tables tables;
    private final Map<String, Place> places = new HashMap<>();
    private final long timestamp;

    /**
     * {@code tables} names linked records and terms, in English (ACLED's language); {@code exportedAt} is every row's
     * timestamp, as ACLED's is the moment a row was published.
     */
    Acled(Tables tables, List<Place> places, java.time.Instant exportedAt) {
        this.tables = tables;
        this.timestamp = exportedAt.getEpochSecond();
        places.forEach(p -> this.places.put(p.code(), p));
    }

    Rows rows(List<IncidentDocument> incidents) {
        List<List<Object>> rows = new ArrayList<>();
        int leftOut = 0;
        for (IncidentDocument i : incidents) {
            if (i.date() == null || i.date().isBlank() || "year".equals(i.datePrecision())) {
                leftOut++;
                continue;
            }
            rows.add(row(i));
        }
        return new Rows(new Sheet("acled", COLUMNS, rows), leftOut);
    }

    private List<Object> row(IncidentDocument i) {
        List<String> types = i.types() == null ? List.of() : i.types();
        EventType type = classify(types);
        Where where = where(i);
        String country = where.country() == null ? null : where.country().names().en();
        String regionCode = where.country() == null ? null : where.country().code().toUpperCase(Locale.ROOT);
        List<IncidentDocument.Perpetrator> perpetrators = i.perpetrators() == null ? List.of() : i.perpetrators();
        IncidentDocument.Perpetrator main = perpetrators.isEmpty() ? null : perpetrators.getFirst();
        String perpetrator = actor(main, country);
        int perpetratorCode = inter(main);
        String others = Tables.join(perpetrators.stream().skip(1).map(p -> actor(p, country)).toList());
        String victims = "Protests".equals(type.event()) ? "Protesters" : "Civilians";
        String victimActor = victims + (country == null ? "" : " (" + country + ")");
        int victimCode = "Protests".equals(type.event()) ? PROTESTERS : CIVILIANS;
        // ACLED puts the protesters first in a protest; elsewhere the one who acts
        boolean protest = "Protests".equals(type.event());
        String actor1 = protest ? victimActor : perpetrator;
        int inter1 = protest ? victimCode : perpetratorCode;
        String actor2 = protest ? perpetrator : victimActor;
        int inter2 = protest ? perpetratorCode : victimCode;
        LocalDate date = LocalDate.parse(i.date());
        List<String> tags = new ArrayList<>();
        tags.add("kuzet=" + i.key());
        if (!types.isEmpty()) {
            tags.add(TYPES_TAG + String.join(", ", types));
        }
        if (i.victimCount() != null && i.victimCount().value() != null) {
            tags.add((protest ? "crowd size=" : "victims=") + countText(i.victimCount()));
        }
        return Tables.row(eventId(i.key(), i.sources()), date.toString(), date.getYear(), timePrecision(i.datePrecision()),
                type.disorder(), type.event(), type.subEvent(), actor1, protest ? null : others, inter1, actor2,
                protest ? others : null, inter2, interaction(inter1, inter2),
                type.civiliansTargeted() ? "Civilian targeting" : null,
                regionCode == null ? null : numericIso(regionCode), regionCode == null ? null : REGIONS.get(regionCode),
                country, name(where.admin1()), name(where.admin2()), null, name(where.location()),
                where.latitude(), where.longitude(), where.precision(), sources(i.sources()), null,
                tables.text(i.title()), fatalities(types, i), String.join("; ", tags), timestamp);
    }

    /** The ACLED event type of an incident of {@code types}: the gravest of them decides. */
    static EventType classify(List<String> types) {
        boolean assembly = types.stream().anyMatch(ASSEMBLY::contains);
        boolean violence = types.stream().anyMatch(VIOLENCE::contains);
        if (assembly) {
            return violence ? EXCESSIVE_FORCE : INTERVENTION;
        }
        if (types.stream().anyMatch(ABDUCTION::contains)) {
            return DISAPPEARANCE;
        }
        if (violence) {
            return ATTACK;
        }
        if (types.stream().anyMatch(ARRESTS::contains)) {
            return ARREST;
        }
        if (types.stream().anyMatch(DESTRUCTION::contains)) {
            return LOOTING;
        }
        return OTHER;
    }

    /**
     * The Kuzet incident types of an ACLED event of {@code subEventType} (any case), empty when Kuzet has none for it:
     * ACLED's "Peaceful protest", battles, explosions, riots and the strategic developments other than arrests and
     * looting are no violation Kuzet records, and "Other" is none in particular.
     */
    public static List<String> typesOf(String subEventType) {
        return IMPORTED_AS.entrySet().stream().filter(e -> e.getKey().subEvent().equalsIgnoreCase(subEventType.strip()))
                .map(Map.Entry::getValue).findFirst().orElse(List.of());
    }

    /** ACLED's event type ("Protests") of a sub-event type Kuzet imports, or null. */
    public static String eventTypeOf(String subEventType) {
        return IMPORTED_AS.keySet().stream().filter(t -> t.subEvent().equalsIgnoreCase(subEventType.strip()))
                .map(EventType::event).findFirst().orElse(null);
    }

    /** The ACLED sub-event type of an incident of {@code types}: what {@link #typesOf} reads back. */
    public static String subEventTypeOf(List<String> types) {
        return classify(types).subEvent();
    }

    /** The sub-event types Kuzet imports, for a message that lists them. */
    public static List<String> importedSubEventTypes() {
        return List.of(EXCESSIVE_FORCE, INTERVENTION, DISAPPEARANCE, ATTACK, ARREST, LOOTING).stream()
                .map(EventType::subEvent).toList();
    }

    /**
     * Whether the perpetrator of an event is actor 2, by the sides' inter codes: the side that is not protesters or
     * civilians (6, 7) acts; when that does not tell, by ACLED's {@code eventType}, as the export writes them: in a
     * protest actor 1 protests, elsewhere actor 1 acts.
     */
    public static boolean perpetratorIsActor2(String eventType, Integer inter1, Integer inter2) {
        boolean victims1 = inter1 != null && (inter1 == PROTESTERS || inter1 == CIVILIANS);
        boolean victims2 = inter2 != null && (inter2 == PROTESTERS || inter2 == CIVILIANS);
        if (victims1 != victims2) {
            return victims1;
        }
        return INTERVENTION.event().equalsIgnoreCase(eventType == null ? "" : eventType.strip());
    }

    /**
     * The incident types an exported row's tags name ({@code kuzet types=detention, search}), or null when its tags
     * have none: a row Kuzet wrote gives its incident's own types back, not only those its sub-event type stands for.
     */
    public static List<String> taggedTypes(String tags) {
        if (tags == null) {
            return null;
        }
        for (String tag : tags.split(";")) {
            String t = tag.strip();
            if (t.startsWith(TYPES_TAG)) {
                return Arrays.stream(t.substring(TYPES_TAG.length()).split(",")).map(String::strip)
                        .filter(c -> !c.isEmpty()).toList();
            }
        }
        return null;
    }

    /** The count a tag states, as the export writes it ({@code crowd size=more than 200}, {@code victims=12}), or null. */
    public static String taggedCount(String tags) {
        if (tags == null) {
            return null;
        }
        for (String tag : tags.split(";")) {
            String t = tag.strip();
            for (String name : List.of("crowd size=", "victims=")) {
                if (t.startsWith(name)) {
                    return t.substring(name.length()).strip();
                }
            }
        }
        return null;
    }

    /** Kuzet's date precision of ACLED's time precision (1, 2, 3), or null for another value. */
    public static String datePrecisionOf(String timePrecision) {
        return switch (timePrecision == null ? "" : timePrecision.strip()) {
            case "1" -> "day";
            case "2" -> "approximate";
            case "3" -> "month";
            default -> null;
        };
    }

    /**
     * ACLED's inter code written as a number ("1"; 0 where there is no such actor) or, as ACLED's files since 2024 do,
     * in words ("State forces"); null for anything else.
     */
    public static Integer interCode(String written) {
        String w = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
        if (w.matches("[0-8]")) {
            return Integer.valueOf(w);
        }
        int i = INTER_NAMES.indexOf(w);
        return i < 0 ? null : i + 1;
    }

    /**
     * What an actor's name may name as a perpetrator kind, in the order to look it up: the name as written, without
     * its bracketed country or years ("Police (Kazakhstan)", as Kuzet writes a kind), and the organ of ACLED's "Police
     * Forces of Kazakhstan (2019-)" or "National Guard of Kazakhstan".
     */
    public static List<String> actorReadings(String actor) {
        List<String> readings = new ArrayList<>();
        String name = actor.strip();
        readings.add(name);
        String bare = name;
        for (String shorter = BRACKETS.matcher(bare).replaceFirst(""); !shorter.equals(bare) && !shorter.isEmpty();
             shorter = BRACKETS.matcher(bare).replaceFirst("")) {
            bare = shorter;
        }
        if (!bare.equals(name)) {
            readings.add(bare);
        }
        Matcher force = STATE_FORCE.matcher(bare);
        if (force.matches()) {
            readings.add(force.group(1).strip());
        }
        return readings;
    }

    /** Whether an actor is one ACLED (and Kuzet) name as not known: "Unidentified Armed Group (Kazakhstan)". */
    public static boolean unidentified(String actor) {
        return actor.strip().regionMatches(true, 0, UNIDENTIFIED, 0, UNIDENTIFIED.length());
    }

    /**
     * The event id of an incident in the file: the ACLED event it cites the ACLED source at (as each incident imported
     * from ACLED does), so that a partner can match it with ACLED's row; else KUZET- and its key.
     */
    static String eventId(String key, List<Citation> citations) {
        for (Citation c : citations == null ? List.<Citation>of() : citations) {
            if (SOURCE_KEY.equals(c.source()) && c.locator() != null && c.locator().startsWith(EVENT_LOCATOR)
                    && c.locator().length() > EVENT_LOCATOR.length()) {
                return c.locator().substring(EVENT_LOCATOR.length());
            }
        }
        return KUZET_EVENT + key;
    }

    /** Where in ACLED's data an incident imported from it is: the locator of its citation of the ACLED source. */
    public static String locatorOf(String eventId) {
        return EVENT_LOCATOR + eventId.strip();
    }

    /** The key of the incident an ACLED event is imported as: importing the file again finds it taken. */
    public static String keyOf(String eventId) {
        return IMPORTED_KEY + eventId.strip();
    }

    /**
     * ACLED's inter code of a perpetrator: state forces for the state's organs, an unidentified armed group (3) for one
     * not known, as ACLED codes it, and external/other forces for every other kind, an administrator's new ones too.
     */
    static int inter(IncidentDocument.Perpetrator p) {
        if (p == null || p.kind() == null || "unknown_persons".equals(p.kind())) {
            return POLITICAL_MILITIAS;
        }
        return STATE.contains(p.kind()) ? STATE_FORCES : OTHER_FORCES;
    }

    /** ACLED's two-digit interaction: the smaller inter code first. */
    static String interaction(int a, int b) {
        return Math.min(a, b) + "" + Math.max(a, b);
    }

    /** 1 a day, 2 a few days around it, 3 a month (a year is left out before). */
    static int timePrecision(String datePrecision) {
        if (datePrecision == null || "day".equals(datePrecision)) {
            return 1;
        }
        return "approximate".equals(datePrecision) ? 2 : 3;
    }

    private String actor(IncidentDocument.Perpetrator p, String country) {
        String suffix = country == null ? "" : " (" + country + ")";
        if (p == null || p.kind() == null && p.organization() == null) {
            return UNIDENTIFIED + suffix;
        }
        if (p.organization() != null) {
            return tables.organizationName(p.organization());
        }
        if ("unknown_persons".equals(p.kind())) {
            return UNIDENTIFIED + suffix;
        }
        return tables.termLabel("perpetrator_kind", p.kind()) + suffix;
    }

    /**
     * Deaths are counted only where the incident is a death: its count of persons when exact, else its named
     * victims. ACLED's fatalities are never a guess either; every other incident has 0.
     */
    private static int fatalities(List<String> types, IncidentDocument i) {
        if (types.stream().noneMatch(DEATHS::contains)) {
            return 0;
        }
        IncidentDocument.VictimCount count = i.victimCount();
        if (count != null && count.value() != null && "exact".equals(count.qualifier())
                && IncidentDocument.VictimCount.PERSONS.equals(count.unit())) {
            return count.value();
        }
        return (int) (i.victims() == null ? 0 : i.victims().stream().filter(v -> v.person() != null || v.withheld() != null).count());
    }

    private static String countText(IncidentDocument.VictimCount count) {
        String qualifier = switch (count.qualifier() == null ? "exact" : count.qualifier()) {
            case "at_least" -> "at least ";
            case "more_than" -> "more than ";
            case "about" -> "around ";
            case "up_to" -> "up to ";
            default -> "";
        };
        return qualifier + count.value();
    }

    /** The cited sources' titles; for the ACLED source of an imported event, ACLED's own source text it was cited with. */
    private String sources(List<Citation> citations) {
        return citations == null ? null
                : Tables.join(citations.stream().map(c -> SOURCE_KEY.equals(c.source()) && c.claim() != null ? c.claim()
                        : tables.sourceName(c.source())).distinct().toList());
    }

    /**
     * Where an incident was: its country, its first- and second-level divisions, its location and how precisely it is
     * known.
     */
    private record Where(Place country, Place admin1, Place admin2, Place location, Object latitude, Object longitude,
                         Integer precision) {
    }


    private Where where(IncidentDocument i) {
        Place place = i.place() == null ? null : places.get(i.place());
        List<Place> lineage = new ArrayList<>();
        for (Place p = place; p != null && lineage.size() < 10; p = p.parent() == null ? null : places.get(p.parent())) {
            lineage.add(p);
        }
        Place country = lineage.stream().filter(p -> "country".equals(p.kind())).findFirst().orElse(null);
        Place admin1 = lineage.stream().filter(p -> p.parent() != null && country != null
                && p.parent().equals(country.code())).findFirst().orElse(null);
        Place admin2 = lineage.stream().filter(p -> "district".equals(p.kind())).findFirst().orElse(null);
        if (i.latitude() != null && i.longitude() != null) {
            return new Where(country, admin1, admin2, place, i.latitude(), i.longitude(), 1);
        }
        if (place == null) {
            return new Where(null, null, null, null, null, null, null);
        }
        boolean located = place.latitude() != null && place.longitude() != null;
        // a settlement is a point; a district is part of a region (2); a region or a country only the area (3)
        int precision = SETTLEMENTS.contains(place.kind()) ? 1 : "district".equals(place.kind()) ? 2 : 3;
        boolean point = located && precision < 3;
        return new Where(country, admin1, admin2, place, point ? place.latitude() : null,
                point ? place.longitude() : null, precision);
    }

    private static String name(Place place) {
        return place == null ? null : place.names().en();
    }

    /** ISO 3166-1 numeric code of a two-letter country code (KZ → 398); null for one ICU does not know. */
    static Integer numericIso(String alpha2) {
        try {
            int code = Region.getInstance(alpha2).getNumericCode();
            return code > 0 ? code : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
