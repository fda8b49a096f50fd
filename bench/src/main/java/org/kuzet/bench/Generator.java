package org.kuzet.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kuzet.shared.CsvTable;
import org.kuzet.shared.Json;
import org.springframework.util.FileSystemUtils;

/**
 * Writes an interchange bundle (docs/bundle-format.md) of made-up but realistically shaped records: Kazakh and
 * Russian names with Latin and Cyrillic variants (so namesakes and spelling variants occur as they do in the real
 * record), incidents spread over 2010–2025 with the type, right and perpetrator mix of the demo record, crowds with
 * qualified counts, legal cases with charges, detentions, verdicts and releases, and political-prisoner
 * assessments; a mix of confidentiality and review status. The same seed always gives the same bundle files.
 */
final class Generator {

    /** How many records of each kind; incidents drive the rest. */
    record Scale(String name, int incidents) {
        int persons() { return Math.max(50, incidents / 2); }
        int organizations() { return Math.max(20, incidents / 40); }
        int sources() { return Math.max(50, incidents / 2); }
        int cases() { return Math.max(20, incidents / 6); }
        int events() { return Math.max(5, incidents / 200); }
        /** The rows of the persons' sheet imported into an empty record (issue 15): a million at 1m. */
        int sheetRows() { return incidents; }

        static Scale parse(String text) {
            return switch (text) {
                case "realistic" -> new Scale("realistic", 5_000);
                case "10k" -> new Scale("10k", 10_000);
                case "large", "100k" -> new Scale(text, 100_000);
                case "1m" -> new Scale("1m", 1_000_000);
                default -> {
                    try {
                        yield new Scale("n" + Integer.parseInt(text), Integer.parseInt(text));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--scale: " + text + " is none of 10k, 100k, 1m, realistic, large or a number");
                    }
                }
            };
        }
    }

    // Latin spelling, Cyrillic spelling: the variants a monitor meets in English and Russian sources.
    private static final String[][] FIRST_MALE = {
        {"Zhanbolat", "Жанболат", "Жанболат"}, {"Aset", "Асет", "Әсет"}, {"Serikzhan", "Серикжан", "Серікжан"}, {"Erlan", "Ерлан", "Ерлан"}, {"Kairat", "Кайрат", "Қайрат"},
        {"Nurlan", "Нурлан", "Нұрлан"}, {"Marat", "Марат", "Марат"}, {"Murat", "Мурат", "Мұрат"}, {"Askar", "Аскар", "Асқар"}, {"Dulat", "Дулат", "Дулат"},
        {"Max", "Макс", "Макс"}, {"Talgat", "Талгат", "Талғат"}, {"Bolat", "Болат", "Болат"}, {"Yerzhan", "Ержан", "Ержан"}, {"Azamat", "Азамат", "Азамат"},
        {"Daniyar", "Данияр", "Данияр"}, {"Amir", "Амир", "Әмір"}, {"Ruslan", "Руслан", "Руслан"}, {"Sergey", "Сергей", "Сергей"}, {"Aleksandr", "Александр", "Александр"},
        {"Mukhtar", "Мухтар", "Мұхтар"}, {"Almat", "Алмат", "Алмат"}, {"Timur", "Тимур", "Темір"}, {"Zhandos", "Жандос", "Жандос"}, {"Beibit", "Бейбит", "Бейбіт"},
    };
    private static final String[][] FIRST_FEMALE = {
        {"Asya", "Асия", "Әсия"}, {"Akmaral", "Акмарал", "Ақмарал"}, {"Aigul", "Айгуль", "Айгүл"}, {"Ardak", "Ардак", "Ардақ"}, {"Gulzhan", "Гульжан", "Гүлжан"},
        {"Dinara", "Динара", "Динара"}, {"Saule", "Сауле", "Сәуле"}, {"Aliya", "Алия", "Әлия"}, {"Zhanna", "Жанна", "Жанна"}, {"Elena", "Елена", "Елена"},
        {"Madina", "Мадина", "Мадина"}, {"Aizhan", "Айжан", "Айжан"}, {"Assel", "Асель", "Әсел"}, {"Bakhyt", "Бахыт", "Бақыт"}, {"Natalya", "Наталья", "Наталья"},
    };
    // male form; the female form adds "a" where Russian grammar does
    private static final String[][] SURNAMES = {
        {"Mamay", "Мамай", "Мамай"}, {"Abishev", "Абишев", "Әбішев"}, {"Bokayev", "Бокаев", "Боқаев"}, {"Ayanov", "Аянов", "Аянов"}, {"Tulesov", "Тулесов", "Төлесов"},
        {"Tobylov", "Тобылов", "Тобылов"}, {"Utepov", "Утепов", "Өтепов"}, {"Ashimov", "Ашимов", "Әшімов"}, {"Agadil", "Агадил", "Ағаділ"}, {"Kaliyev", "Калиев", "Қалиев"},
        {"Nurmagambetov", "Нурмагамбетов", "Нұрмағамбетов"}, {"Sadykov", "Садыков", "Садықов"}, {"Bilashev", "Билашев", "Білашев"}, {"Zhaksybekov", "Жаксыбеков", "Жақсыбеков"},
        {"Amirov", "Амиров", "Әміров"}, {"Akhmetov", "Ахметов", "Ахметов"}, {"Ospanov", "Оспанов", "Оспанов"}, {"Kenzhebayev", "Кенжебаев", "Кенжебаев"},
        {"Omarov", "Омаров", "Омаров"}, {"Ismailov", "Исмаилов", "Исмаилов"}, {"Ivanov", "Иванов", "Иванов"}, {"Petrov", "Петров", "Петров"}, {"Smagulov", "Смагулов", "Смағұлов"},
        {"Zhumabayev", "Жумабаев", "Жұмабаев"}, {"Serikbayev", "Серикбаев", "Серікбаев"}, {"Temirov", "Темиров", "Темиров"}, {"Baimukhanov", "Баймуханов", "Баймұханов"},
        {"Musin", "Мусин", "Мусин"}, {"Yesenov", "Есенов", "Есенов"}, {"Kuanyshev", "Куанышев", "Қуанышев"},
    };
    // Further surnames for larger records, composed as Kazakh surnames often are (a name and an ending: Nurbekov,
    // Karabayev, Асылгалиев, Қасымжанов), in Latin, Russian Cyrillic and Kazakh Cyrillic. A population of more
    // people holds more names: with the same thirty surnames, a million incidents' 500,000 persons would have had
    // four hundred namesakes for every name, which no record holds (see surnamesFor).
    private static final String[][] SURNAME_STARTS = {
        {"Nur", "Нур", "Нұр"}, {"Zhan", "Жан", "Жан"}, {"Ak", "Ак", "Ақ"}, {"Kara", "Кара", "Қара"}, {"Yer", "Ер", "Ер"},
        {"Asyl", "Асыл", "Асыл"}, {"Kul", "Кул", "Құл"}, {"Sary", "Сары", "Сары"}, {"Bay", "Бай", "Бай"}, {"Tur", "Тур", "Тұр"},
        {"Altyn", "Алтын", "Алтын"}, {"Yes", "Ес", "Ес"}, {"Temir", "Темир", "Темір"}, {"Zhol", "Жол", "Жол"}, {"Ai", "Ай", "Ай"},
        {"Orak", "Орак", "Орақ"}, {"Tok", "Ток", "Тоқ"}, {"Ken", "Кен", "Кен"}, {"Dos", "Дос", "Дос"}, {"Kuan", "Куан", "Қуан"},
        {"Myrza", "Мырза", "Мырза"}, {"Abil", "Абил", "Әбіл"}, {"Kasym", "Касым", "Қасым"}, {"Sadyk", "Садык", "Садық"},
        {"Iman", "Иман", "Иман"}, {"Ermek", "Ермек", "Ермек"}, {"Serik", "Серик", "Серік"}, {"Talgat", "Талгат", "Талғат"},
        {"Murat", "Мурат", "Мұрат"}, {"Erlan", "Ерлан", "Ерлан"}, {"Askar", "Аскар", "Асқар"}, {"Dulat", "Дулат", "Дулат"},
        {"Berik", "Берик", "Берік"}, {"Sagyn", "Сагын", "Сағын"}, {"Kenes", "Кенес", "Кеңес"}, {"Oral", "Орал", "Орал"},
    };
    private static final String[][] SURNAME_MIDDLES = {
        {"", "", ""}, {"bek", "бек", "бек"}, {"bay", "бай", "бай"}, {"gali", "гали", "ғали"}, {"khan", "хан", "хан"},
        {"tay", "тай", "тай"}, {"zhan", "жан", "жан"}, {"bol", "бол", "бол"}, {"sultan", "султан", "сұлтан"},
        {"mukhamed", "мухамед", "мұхамед"}, {"kozha", "кожа", "қожа"}, {"tas", "тас", "тас"},
    };
    // the persons who share a surname, on average: with 40 given names, about four persons to a full name
    private static final int PERSONS_PER_SURNAME = 170;

    private static final String[] TYPES = {"detention", "detention", "detention", "criminal_charge", "sentence", "threat",
        "interrogation", "fine", "administrative_arrest", "search", "pressure_on_relatives", "ill_treatment", "summons",
        "surveillance", "device_seizure", "psychiatric_detention", "attack", "dispersal", "blocking",
        "internet_shutdown", "house_arrest", "pre_trial_detention", "ban_of_organization", "travel_ban"};
    private static final String[] RIGHTS = {"expression", "expression", "assembly", "assembly", "association", "liberty",
        "fair_trial", "privacy", "freedom_from_torture", "media_freedom", "freedom_of_movement", "elections"};
    private static final String[] PERPETRATORS = {"police", "police", "police", "court", "court", "investigator", "knb",
        "prosecutor", "akimat", "unknown_persons", "prison_administration", "official"};
    private static final String[] ROLES = {"activist", "activist", "civil_society_activist", "journalist", "blogger",
        "human_rights_defender", "social_media_user", "party_member", "lawyer", "poet", "trade_unionist"};
    private static final String[] QUALIFIERS = {"exact", "exact", "exact", "at_least", "more_than", "about", "up_to"};
    private static final String[][] ARTICLES = {{"CC", "405"}, {"CC", "174"}, {"CC", "274"}, {"CC", "400"}, {"AC", "488"}};
    private static final String[] ORG_KINDS = {"opposition_movement", "political_party", "ngo", "media_outlet", "trade_union"};
    private static final String[] ORG_WORDS = {"Democratic", "Choice", "Street", "Party", "Freedom", "Justice", "Youth",
        "Dialogue", "Union", "Voice", "Steppe", "Future", "Oyan", "Reform", "Civic"};
    private static final String[] ORG_WORDS_RU = {"Демократический", "Выбор", "Уличная", "Партия", "Свобода", "Справедливость",
        "Молодёжь", "Диалог", "Союз", "Голос", "Степь", "Будущее", "Оян", "Реформа", "Гражданский"};

    private final Random random;
    private final Scale scale;
    private final List<String> places;

    Generator(Scale scale, List<String> places, long seed) {
        this.scale = scale;
        this.places = places;
        this.random = new Random(seed);
    }

    // the surnames persons are given, for the number of persons being generated (surnamesFor)
    private List<String[]> surnames = List.of(SURNAMES);

    /**
     * The surnames for {@code persons} persons: the thirty of the demo record up to 5,100 persons (the 10k scale and
     * below, as generated before), else as many more composed ones (a fixed choice) as keep about
     * {@link #PERSONS_PER_SURNAME} persons to a surname — namesakes at every scale, as many as at 10k, rather than a
     * number that grows with the record. Records with many more namesakes are the duplicate finder's worst case,
     * which its largest block bounds (identity: Duplicates.LARGEST_BLOCK).
     */
    static List<String[]> surnamesFor(int persons) {
        int wanted = persons / PERSONS_PER_SURNAME;
        if (wanted <= SURNAMES.length) {
            return List.of(SURNAMES);
        }
        List<String[]> composed = new ArrayList<>();
        for (String[] start : SURNAME_STARTS) {
            for (String[] middle : SURNAME_MIDDLES) {
                for (String[] last : SURNAME_MIDDLES) {
                    if (middle[0].isEmpty() && !last[0].isEmpty() || !middle[0].isEmpty() && middle[0].equals(last[0])) {
                        continue;
                    }
                    composed.add(surname(start, middle, last));
                }
            }
        }
        java.util.Collections.shuffle(composed, new Random(1_000_003));
        List<String[]> all = new ArrayList<>(List.of(SURNAMES));
        all.addAll(composed.subList(0, Math.min(composed.size(), wanted - SURNAMES.length)));
        return all;
    }

    /** Nur + bek → Nurbekov, Нурбеков, Нұрбеков; Kara + bay → Karabayev, Карабаев; Nur + gali → Nurgaliyev, Нургалиев; Ай drops its й. */
    private static String[] surname(String[]... parts) {
        String[] stem = {"", "", ""};
        for (String[] part : parts) {
            for (int script = 0; script < 3; script++) {
                stem[script] += part[script];
            }
        }
        String latin = stem[0];
        if (stem[1].endsWith("й")) {
            return new String[] {latin + "ev", stem[1].substring(0, stem[1].length() - 1) + "ев",
                stem[2].substring(0, stem[2].length() - 1) + "ев"};
        }
        if ("аиыоуе".indexOf(stem[1].charAt(stem[1].length() - 1)) >= 0) {
            return new String[] {latin + "yev", stem[1] + "ев", stem[2] + "ев"};
        }
        return new String[] {latin + "ov", stem[1] + "ов", stem[2] + "ов"};
    }

    /**
     * Writes the record as a series of bundle files of at most {@code chunk} records each, in the order the
     * importer needs them (sources, organisations, persons and events before the cases and incidents that refer to
     * them), and returns the files in that order. Only one chunk is held in memory at a time, so that a million
     * incidents can be generated and imported by a JVM of ordinary size: each later file refers to records of earlier
     * ones by key, which the importer resolves against the database.
     */
    List<Path> write(Path directory, int chunk) throws IOException {
        FileSystemUtils.deleteRecursively(directory);
        Files.createDirectories(directory);
        Chunks chunks = new Chunks(directory, chunk);
        for (int i = 0; i < scale.sources(); i++) {
            chunks.add("sources", source(i));
        }
        for (int i = 0; i < scale.organizations(); i++) {
            chunks.add("organizations", organization(i));
        }
        surnames = surnamesFor(scale.persons());
        for (int i = 0; i < scale.persons(); i++) {
            chunks.add("persons", person(i));
        }
        for (int i = 0; i < scale.events(); i++) {
            chunks.add("events", event(i));
        }
        for (int i = 0; i < scale.cases(); i++) {
            chunks.add("legalCases", legalCase(i));
        }
        for (int i = 0; i < scale.incidents(); i++) {
            chunks.add("incidents", incident(i));
        }
        chunks.flush();
        return chunks.files;
    }

    /** The columns of the persons' sheet, as a team's spreadsheet names them. */
    static final List<String> SHEET_COLUMNS = List.of("key", "name", "other names", "gender", "year of birth", "roles", "place",
            "description", "confidentiality");

    /**
     * Writes a persons' sheet of {@code rows} rows (CSV, UTF-8) as a team brings one from years of spreadsheets: the
     * persons of {@link #person} (names in three scripts, namesakes, several spellings in one cell), one row at a time,
     * never the whole sheet in memory.
     */
    void writePersonSheet(Path file, int rows) throws IOException {
        surnames = surnamesFor(rows);
        Iterable<List<?>> lines = () -> java.util.stream.IntStream.range(0, rows).<List<?>>mapToObj(this::sheetRow).iterator();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            CsvTable.write(SHEET_COLUMNS, lines, out);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> sheetRow(int i) {
        Map<String, Object> person = person(i);
        List<String> names = ((List<Map<String, Object>>) person.get("names")).stream().map(n -> (String) n.get("name")).toList();
        Object birthYear = person.get("birthYear");
        return List.of("sheet-person-" + i, (String) person.get("name"), String.join("; ", names), (String) person.get("gender"),
                birthYear == null ? "" : birthYear.toString(), String.join("; ", (List<String>) person.get("roles")),
                (String) person.get("place"), "Row " + (i + 2) + " of the bureau's spreadsheet of 2019–2021",
                (String) person.get("confidentiality"));
    }

    /** Records collected into bundles of a bounded size, each written to its own file when full. */
    private static final class Chunks {
        private final Path directory;
        private final int size;
        private final List<Path> files = new ArrayList<>();
        private final Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        private int count;

        Chunks(Path directory, int size) {
            this.directory = directory;
            this.size = size;
        }

        void add(String section, Map<String, Object> record) throws IOException {
            sections.computeIfAbsent(section, s -> new ArrayList<>()).add(record);
            if (++count >= size) {
                flush();
            }
        }

        void flush() throws IOException {
            if (count == 0) {
                return;
            }
            Map<String, Object> bundle = new LinkedHashMap<>();
            bundle.put("format", "kuzet-bundle");
            bundle.put("formatVersion", 2);
            bundle.putAll(sections);
            Path file = directory.resolve("bundle-%05d.json".formatted(files.size()));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                Json.MAPPER.writeValue(out, bundle);
            }
            files.add(file);
            sections.clear();
            count = 0;
        }
    }

    private static final String[] OUTLETS = {"Radio Azattyq", "Vlast.kz", "KIBHR", "Eurasianet", "Facebook", "Telegram"};

    private Map<String, Object> source(int i) {
        LocalDate published = day();
        Map<String, Object> source = record("source-" + i);
        source.put("url", "https://example.org/news/" + published.getYear() + "/" + i);
        boolean russian = random.nextBoolean();
        source.put("title", russian ? text("ru", "Публикация о преследовании № " + i) : text("en", "Report on persecution no. " + i));
        source.put("outlet", pick(OUTLETS));
        source.put("language", russian ? "ru" : "en");
        source.put("kind", random.nextInt(10) == 0 ? "testimony" : "media");
        source.put("publishedOn", published.toString());
        confidentiality(source);
        return source;
    }

    private Map<String, Object> organization(int i) {
        int a = random.nextInt(ORG_WORDS.length);
        int b = random.nextInt(ORG_WORDS.length);
        Map<String, Object> organization = record("organization-" + i);
        organization.put("name", ORG_WORDS[a] + " " + ORG_WORDS[b] + " " + i);
        organization.put("kind", pick(ORG_KINDS));
        organization.put("names", List.of(
                Map.of("name", ORG_WORDS_RU[a] + " " + ORG_WORDS_RU[b] + " " + i, "script", "Cyrl", "lang", "ru", "kind", "name"),
                Map.of("name", ("" + ORG_WORDS[a].charAt(0) + ORG_WORDS[b].charAt(0) + i).toUpperCase(), "kind", "abbreviation")));
        organization.put("place", pick(places));
        organization.put("confidentiality", "public");
        return organization;
    }

    /**
     * A person named in Latin, with the Russian and Kazakh Cyrillic spellings (Kazakh letters: Қайрат, Әсет) and,
     * for some, another Latin spelling (Zhanbolat, Janbolat). With 25 male and 15 female given names and the
     * surnames of {@link #surnamesFor}, most names are shared by a few persons: the namesakes a monitor must tell apart.
     */
    private Map<String, Object> person(int i) {
        boolean female = random.nextInt(3) == 0;
        String[] first = female ? pick(FIRST_FEMALE) : pick(FIRST_MALE);
        String[] surname = surnames.get(random.nextInt(surnames.size()));
        String ending = female && surname[0].matches(".*(ov|ev|in)$") ? "a" : "";
        String endingCyrillic = ending.isEmpty() ? "" : "а";
        String latin = first[0] + " " + surname[0] + ending;
        Map<String, Object> person = record("person-" + i);
        person.put("name", latin);
        List<Map<String, Object>> names = new ArrayList<>();
        names.add(Map.of("name", first[1] + " " + surname[1] + endingCyrillic, "script", "Cyrl", "lang", "ru", "kind", "transliteration"));
        if (random.nextInt(3) > 0) {
            names.add(Map.of("name", first[2] + " " + surname[2] + endingCyrillic, "script", "Cyrl", "lang", "kk", "kind", "spelling"));
        }
        String variant = latin.replace("Zh", "J").replace("zh", "j").replace("kh", "h").replace("Yer", "Er").replace("ay", "ai");
        if (!variant.equals(latin) && random.nextInt(4) == 0) {
            names.add(Map.of("name", variant, "script", "Latn", "kind", "spelling"));
        }
        person.put("names", names);
        person.put("gender", female ? "female" : "male");
        if (random.nextBoolean()) {
            person.put("birthYear", 1950 + random.nextInt(55));
        }
        person.put("roles", List.of(pick(ROLES)));
        person.put("place", pick(places));
        if (random.nextInt(4) == 0) {
            person.put("memberships", List.of(Map.of("organization", "organization-" + random.nextInt(scale.organizations()),
                    "kind", "supporter", "alleged", random.nextBoolean())));
        }
        if (random.nextInt(8) == 0) {
            person.put("assessments", List.of(Map.of("date", day().toString(), "conclusion", "political_prisoner",
                    "assessedByText", "KIBHR")));
        }
        person.put("sensitive", Map.of("consentToPublish", random.nextInt(3) == 0 ? "yes" : "unknown"));
        confidentiality(person);
        return person;
    }

    private Map<String, Object> event(int i) {
        Map<String, Object> event = record("event-" + i);
        event.put("title", text("en", "Protests no. " + i));
        event.put("date", day().toString());
        event.put("place", pick(places));
        event.put("confidentiality", "public");
        return event;
    }

    private Map<String, Object> legalCase(int i) {
        String defendant = "person-" + random.nextInt(scale.persons());
        String[] article = pick(ARTICLES);
        boolean criminal = article[0].equals("CC");
        LocalDate detained = day();
        Map<String, Object> legalCase = record("case-" + i);
        legalCase.put("kind", criminal ? "criminal" : "administrative");
        legalCase.put("title", text("en", "Case no. " + i + " under " + article[0] + " " + article[1]));
        legalCase.put("place", pick(places));
        legalCase.put("parties", List.of(Map.of("person", defendant, "role", "defendant")));
        legalCase.put("charges", List.of(Map.of("defendant", defendant, "code", article[0], "article", article[1])));
        List<Map<String, Object>> stages = new ArrayList<>();
        stages.add(stage("opened", detained));
        stages.add(stage("detained", detained));
        if (criminal) {
            Map<String, Object> measure = stage("measure_of_restraint", detained.plusDays(2));
            measure.put("measure", random.nextBoolean() ? "pre_trial_detention" : "house_arrest");
            stages.add(measure);
            if (random.nextInt(4) > 0) {
                Map<String, Object> verdict = stage("verdict", detained.plusMonths(3 + random.nextInt(6)));
                verdict.put("outcome", "convicted");
                verdict.put("sentence", List.of(random.nextBoolean()
                        ? Map.of("kind", "imprisonment", "duration", "P" + (1 + random.nextInt(7)) + "Y")
                        : Map.of("kind", "restriction_of_freedom", "duration", "P" + (1 + random.nextInt(3)) + "Y")));
                stages.add(verdict);
            }
        } else {
            Map<String, Object> verdict = stage("verdict", detained.plusDays(1));
            verdict.put("outcome", "convicted");
            verdict.put("sentence", List.of(random.nextBoolean()
                    ? Map.of("kind", "administrative_detention", "duration", "P" + (5 + random.nextInt(25)) + "D")
                    : Map.of("kind", "fine", "amount", String.valueOf(10_000 + random.nextInt(200_000)), "currency", "KZT")));
            stages.add(verdict);
        }
        legalCase.put("stages", stages);
        legalCase.put("sources", List.of(Map.of("source", "source-" + random.nextInt(scale.sources()))));
        confidentiality(legalCase);
        return legalCase;
    }

    private static final String[] REVIEW_STATUSES = {"draft", "verified", "published", "published"};

    private Map<String, Object> incident(int i) {
        LocalDate date = day();
        Map<String, Object> incident = record("incident-" + i);
        String type = pick(TYPES);
        incident.put("title", text("en", type.replace('_', ' ') + " of activists no. " + i));
        incident.put("narrative", random.nextBoolean()
                ? text("en", "Police detained activists who had gathered peacefully; they were questioned and fined.")
                : text("ru", "Полиция задержала активистов, мирно собравшихся на площади; их допросили и оштрафовали."));
        // a fifth of what is reported is known only to the month ("February 2020")
        if (random.nextInt(5) == 0) {
            incident.put("date", date.withDayOfMonth(1).toString());
            incident.put("datePrecision", "month");
        } else {
            incident.put("date", date.toString());
        }
        incident.put("place", pick(places));
        incident.put("types", List.of(type));
        incident.put("rights", distinct(pick(RIGHTS), pick(RIGHTS)));
        boolean crowd = random.nextInt(10) == 0;
        if (crowd) {
            incident.put("victimCount", Map.of("qualifier", pick(QUALIFIERS), "value", 10 + random.nextInt(300)));
        } else {
            List<Map<String, Object>> victims = new ArrayList<>();
            int named = 1 + random.nextInt(3);
            for (String person : distinct(named)) {
                victims.add(Map.of("person", person));
            }
            incident.put("victims", victims);
        }
        incident.put("perpetrators", List.of(Map.of("kind", pick(PERPETRATORS))));
        if (random.nextInt(3) == 0) {
            String[] article = pick(ARTICLES);
            incident.put("articles", List.of(Map.of("code", article[0], "article", article[1])));
        }
        if (random.nextInt(20) == 0) {
            incident.put("event", "event-" + random.nextInt(scale.events()));
        }
        if (random.nextInt(6) == 0) {
            incident.put("legalCases", List.of("case-" + random.nextInt(scale.cases())));
        }
        incident.put("reviewStatus", pick(REVIEW_STATUSES));
        incident.put("sources", List.of(Map.of("source", "source-" + random.nextInt(scale.sources()))));
        confidentiality(incident);
        return incident;
    }

    private List<String> distinct(int count) {
        List<String> persons = new ArrayList<>();
        while (persons.size() < count) {
            String person = "person-" + random.nextInt(scale.persons());
            if (!persons.contains(person)) {
                persons.add(person);
            }
        }
        return persons;
    }

    private static List<String> distinct(String one, String other) {
        return one.equals(other) ? List.of(one) : List.of(one, other);
    }

    private static Map<String, Object> record(String key) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("key", key);
        return record;
    }

    private static Map<String, Object> stage(String kind, LocalDate date) {
        Map<String, Object> stage = new LinkedHashMap<>();
        stage.put("kind", kind);
        stage.put("date", date.toString());
        return stage;
    }

    private static Map<String, Object> text(String language, String text) {
        return Map.of("original", language, language, text);
    }

    /** Most of a real record is internal; some is published, a little confidential. */
    private void confidentiality(Map<String, Object> record) {
        int roll = random.nextInt(10);
        record.put("confidentiality", roll < 4 ? "public" : roll < 9 ? "internal" : "confidential");
    }

    private LocalDate day() {
        // 2010-01-01 .. 2025-12-31
        return LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5_844));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
