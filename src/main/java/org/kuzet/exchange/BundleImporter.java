package org.kuzet.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kuzet.api.JsonPaths;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.Checker;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Json;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.RecordDocument;
import org.kuzet.shared.RecordKind;
import org.kuzet.shared.RecordRows;
import org.kuzet.vocabulary.FormerName;
import org.kuzet.vocabulary.LegalArticle;
import org.kuzet.vocabulary.Place;
import org.kuzet.vocabulary.Term;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports an interchange bundle (docs/bundle-format.md): checks everything first and reports every
 * problem with its JSON path; writes only when there is none, in one transaction.
 *
 * <p>Records are written through their stores' {@link org.kuzet.shared.RecordStore#writes runs of writes}, so
 * every record created or overwritten — and only those — is told in a {@link org.kuzet.shared.RecordsChanged}
 * as {@code record_imported}, a few hundred at a time: history keeps its version (the first, for a new record;
 * the next, for an overwritten one, whose version goes up), search indexes it, identity computes its name keys.
 * The import itself is audited once more, with its counts ({@code import}).
 *
 * <p>Speed (a file of 5,000 records): the keys a file's records may name are looked up a table at a time, once
 * ({@link KnownKeys}, and {@link RecordRows#askKeysTaken} for the records' own keys); vocabulary lookups are
 * remembered for the transaction; the rows of the records' parts are sent in batches ({@link
 * org.kuzet.shared.PartRows}), and so are history, search and audit rows. All in the one transaction of the file.
 */
@Service
public class BundleImporter {

    static final String FORMAT = "kuzet-bundle";
    /** The version this Kuzet writes; it reads that one and every earlier one (see {@link #upgraded}). */
    static final int FORMAT_VERSION = 2;
    /** What a key looks like (Checker#key): the strings of a bundle worth asking the database about at once. */
    private static final Pattern KEY_SHAPED = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.:-]*$");

    private final JdbcClient db;
    private final Vocabularies vocabularies;
    private final Sections.BundleSections sections;
    private final ApplicationEventPublisher events;

    public BundleImporter(JdbcClient db, Vocabularies vocabularies, Sections.BundleSections sections,
                          ApplicationEventPublisher events) {
        this.db = db;
        this.vocabularies = vocabularies;
        this.sections = sections;
        this.events = events;
    }

    /** Checks the bundle and, unless {@code dryRun}, imports it. Throws {@link InvalidInputException} listing every problem. */
    @Transactional
    public Map<String, Integer> importBundle(String json, boolean dryRun) {
        Checker check = Checker.root();
        JsonNode root = parse(check, json);
        check.throwIfProblems();
        Parsed parsed = read(check, root);
        check.throwIfProblems();
        if (dryRun) {
            // the vocabulary terms were written so that records could be checked against them
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        } else {
            write(parsed);
            // Every record of the file is written, its history, search rows and identity keys with it. Work that
            // needs the whole file written (a maintained table derived from many records, such as legal status)
            // belongs here, in the same transaction, so that a refused file leaves it as it was too.
            // Each record written has its version and audit entry (record_imported); this says what the bundle held.
            events.publishEvent(new AuditEvent("import", "bundle", null, Map.of("counts", parsed.counts())));
        }
        return parsed.counts();
    }

    private static JsonNode parse(Checker check, String json) {
        try {
            JsonNode root = Json.MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                check.problem("a bundle is a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            var location = e.getLocation();
            check.problem("is not valid JSON" + (location == null ? "" : " (line " + location.getLineNr() + ", column "
                    + location.getColumnNr() + ")") + ": " + JsonPaths.shortMessage(e));
            return null;
        }
    }

    private Parsed read(Checker check, JsonNode root) {
        Set<String> known = new HashSet<>(List.of("format", "formatVersion", "vocabularies"));
        sections.all().forEach(s -> known.add(s.name()));
        root.propertyNames().forEach(name -> {
            if (!known.contains(name)) {
                check.at(name).problem("is not a section this version of Kuzet imports (known: " + String.join(", ", known) + ")");
            }
        });
        if (!root.path("format").isString() || !FORMAT.equals(root.path("format").asString())) {
            check.at("format").problem("must be \"" + FORMAT + "\"");
        }
        int version = root.path("formatVersion").isInt() ? root.path("formatVersion").asInt() : 0;
        if (version < 1 || version > FORMAT_VERSION) {
            check.at("formatVersion").problem("must be a version from 1 to " + FORMAT_VERSION);
        } else {
            upgraded(root, version);
        }
        Parsed parsed = new Parsed();
        readVocabularies(check.at("vocabularies"), root.path("vocabularies"), parsed);
        // First every key, so that records may refer forwards; then every record.
        for (Section<?> section : sections.all()) {
            readSection(check.at(section.name()), root.path(section.name()), section, parsed);
        }
        if (!check.hasProblems() && parsed.vocabulary != null) {
            // Records may use terms, articles and places the bundle adds: write those first (rolled back on any problem).
            writeVocabularies(parsed.vocabulary);
        }
        // Every key the records may name, asked of the database a table at a time rather than a reference at a time.
        parsed.keys.ask(candidateKeys(root));
        KeyResolver pendingAware = parsed.keys.or((table, key) ->
                parsed.pendingKeys.getOrDefault(table, Set.of()).contains(key) ? Optional.of(-1L) : Optional.empty());
        for (Section<?> section : sections.all()) {
            RecordRows.askKeysTaken(db, section.table(), parsed.pendingKeys.getOrDefault(section.table(), Set.of()));
            validateSection(check.at(section.name()), section, parsed, pendingAware);
        }
        return parsed;
    }

    /**
     * The strings of the bundle's records that could be keys (a reference is a key): only what decides which
     * statements ask the database, never an answer; a string that names no record is simply not found.
     */
    private Set<String> candidateKeys(JsonNode root) {
        Set<String> keys = new HashSet<>();
        for (Section<?> section : sections.all()) {
            collectKeys(root.path(section.name()), keys);
        }
        return keys;
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isString()) {
            String value = node.asString();
            if (value.length() <= 120 && KEY_SHAPED.matcher(value).matches()) {
                keys.add(value);
            }
        } else if (node.isContainer()) {
            for (JsonNode child : node) {
                collectKeys(child, keys);
            }
        }
    }

    /**
     * A bundle of an earlier version, in the words of this one. Version 1 wrote a conviction whose sentence the source
     * did not give as a verdict without a sentence; version 2 says so ({@code sentenceUnknown}) and refuses a conviction
     * that does neither, so that no sentence is left out by oversight.
     */
    private static void upgraded(JsonNode root, int version) {
        if (version >= 2) {
            return;
        }
        for (JsonNode legalCase : root.path("legalCases")) {
            for (JsonNode stage : legalCase.path("stages")) {
                if (stage instanceof ObjectNode verdict && "verdict".equals(stage.path("kind").asString(null))
                        && "convicted".equals(stage.path("outcome").asString(null)) && stage.path("sentence").isEmpty()
                        && !stage.has("sentenceUnknown")) {
                    verdict.put("sentenceUnknown", true);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <D extends RecordDocument<D>> void readSection(Checker at, JsonNode node, Section<D> section, Parsed parsed) {
        List<Object> docs = new ArrayList<>();
        parsed.docs.put(section.name(), docs);
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (!node.isArray()) {
            at.problem("must be a list");
            return;
        }
        Set<String> seen = parsed.pendingKeys.computeIfAbsent(section.table(), t -> new HashSet<>());
        for (int i = 0; i < node.size(); i++) {
            Checker c = at.at(i);
            D doc;
            try {
                doc = Json.MAPPER.treeToValue(node.get(i), section.type());
            } catch (DatabindException e) {
                c.problem("at " + JsonPaths.of(e.getPath()).substring(1) + ": " + JsonPaths.shortMessage(e));
                docs.add(null);
                continue;
            }
            docs.add(doc);
            String key = section.key(doc);
            if (!c.at("key").required(key)) {
                continue;
            }
            if (!seen.add(key)) {
                c.at("key").problem("'" + key + "' appears twice in " + section.name());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <D extends RecordDocument<D>> void validateSection(Checker at, Section<D> section, Parsed parsed, KeyResolver refs) {
        List<Object> docs = parsed.docs.get(section.name());
        for (int i = 0; i < docs.size(); i++) {
            D doc = (D) docs.get(i);
            if (doc != null && section.key(doc) != null) {
                boolean exists = RecordRows.keyExists(db, section.table(), section.key(doc));
                section.validate(at.at(i), doc, !exists, refs);
            }
        }
    }

    private void readVocabularies(Checker at, JsonNode node, Parsed parsed) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        VocabularySection section;
        try {
            section = Json.MAPPER.treeToValue(node, VocabularySection.class);
        } catch (DatabindException e) {
            at.problem("at " + JsonPaths.of(e.getPath()).substring(1) + ": " + JsonPaths.shortMessage(e));
            return;
        }
        parsed.vocabulary = section;
        List<Term> terms = section.terms() == null ? List.of() : section.terms();
        for (int i = 0; i < terms.size(); i++) {
            Checker c = at.at("terms").at(i);
            Term t = terms.get(i);
            c.at("vocabulary").oneOf(t.vocabulary(), Vocabularies.NAMES.stream().sorted().toList());
            if (t.code() == null || !t.code().matches("^[a-z][a-z0-9_]{0,62}$")) {
                c.at("code").problem("must be lower-case letters, digits and _, starting with a letter");
            }
            labels(c.at("labels"), t.labels());
        }
        List<LegalArticle> articles = section.legalArticles() == null ? List.of() : section.legalArticles();
        for (int i = 0; i < articles.size(); i++) {
            Checker c = at.at("legalArticles").at(i);
            LegalArticle a = articles.get(i);
            c.at("code").oneOf(a.code(), Vocabularies.LEGAL_CODES);
            if (a.article() == null || !a.article().matches("^[0-9]+(-[0-9]+)?$")) {
                c.at("article").problem("must be an article number such as 405 or 73-3");
            }
            labels(c.at("labels"), a.labels());
        }
        List<Place> places = section.places() == null ? List.of() : section.places();
        Set<String> placeCodes = new HashSet<>();
        places.forEach(p -> placeCodes.add(p.code()));
        for (int i = 0; i < places.size(); i++) {
            Checker c = at.at("places").at(i);
            Place p = places.get(i);
            if (p.code() == null || !p.code().matches("^[a-z0-9][a-z0-9-]*$")) {
                c.at("code").problem("must be lower-case letters, digits and -");
            }
            c.at("kind").oneOf(p.kind(), List.of("country", "region", "city_of_republican_significance", "city", "town",
                    "village", "district"));
            if (p.parent() != null && !placeCodes.contains(p.parent()) && vocabularies.placeId(p.parent()).isEmpty()) {
                c.at("parent").problem("no place '" + p.parent() + "'");
            }
            labels(c.at("names"), p.names());
        }
    }

    private static void labels(Checker at, org.kuzet.vocabulary.Labels labels) {
        if (at.required(labels)) {
            at.at("en").requiredText(labels.en(), 500);
            at.at("ru").requiredText(labels.ru(), 500);
            at.at("kk").text(labels.kk(), 500);
        }
    }

    private void writeVocabularies(VocabularySection v) {
        (v.terms() == null ? List.<Term>of() : v.terms()).forEach(t ->
                    vocabularies.importTerm(new Term(t.vocabulary(), t.code(), t.labels(), t.active())));
        (v.legalArticles() == null ? List.<LegalArticle>of() : v.legalArticles()).forEach(vocabularies::saveArticle);
        writePlaces(v.places() == null ? List.of() : v.places());
    }

    private void write(Parsed parsed) {
        for (Section<?> section : sections.all()) {
            writeSection(section, parsed.docs.get(section.name()), parsed.keys);
        }
    }

    /** Parents before children, whatever the order in the bundle. */
    private void writePlaces(List<Place> places) {
        List<Place> remaining = new ArrayList<>(places);
        while (!remaining.isEmpty()) {
            List<Place> ready = remaining.stream()
                    .filter(p -> p.parent() == null || vocabularies.placeId(p.parent()).isPresent()).toList();
            if (ready.isEmpty()) {
                throw InvalidInputException.of("$.vocabularies.places", "the parents of " + remaining.stream().map(Place::code).toList()
                        + " form a cycle");
            }
            ready.forEach(p -> vocabularies.savePlace(new Place(p.code(), p.kind(), p.parent(), p.names(),
                    p.formerNames() == null ? List.<FormerName>of() : p.formerNames(), p.latitude(), p.longitude())));
            remaining.removeAll(ready);
        }
    }

    /**
     * Writes the records of a section in rounds: a record is written once everything it refers to in the
     * same section has been written (an organisation banned by a court listed after it).
     */
    @SuppressWarnings("unchecked")
    private <D extends RecordDocument<D>> void writeSection(Section<D> section, List<Object> docs, KnownKeys stored) {
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            remaining.add(i);
        }
        // The changes not yet told are published at the end; on a problem the transaction rolls back with them.
        Section.Writes<D> writes = section.writes();
        while (!remaining.isEmpty()) {
            List<Integer> deferred = new ArrayList<>();
            Checker lastProblems = Checker.root();
            for (int i : remaining) {
                D doc = (D) docs.get(i);
                Optional<Long> existing = stored.id(section.table(), section.key(doc));
                Checker c = Checker.rootAt("$." + section.name() + "[" + i + "]");
                Object valid = section.validate(c, doc, existing.isEmpty(), stored);
                if (c.hasProblems()) {
                    deferred.add(i);
                    c.problems().forEach(p -> lastProblems.problem(p.path() + ": " + p.message()));
                } else {
                    stored.learn(section.table(), section.key(doc), writes.write(doc, valid, existing));
                }
            }
            if (deferred.size() == remaining.size()) {
                throw new InvalidInputException(lastProblems.problems());
            }
            remaining = deferred;
        }
        writes.close();
    }

    /** The bundle's vocabularies section. */
    record VocabularySection(List<Term> terms, List<LegalArticle> legalArticles, List<Place> places) {
    }

    private final class Parsed {
        final KnownKeys keys = new KnownKeys(db);
        VocabularySection vocabulary;
        final Map<String, List<Object>> docs = new LinkedHashMap<>();
        final Map<String, Set<String>> pendingKeys = new HashMap<>();

        Map<String, Integer> counts() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            docs.forEach((name, list) -> counts.put(name, list.size()));
            return counts;
        }
    }

    /**
     * The ids of live records by key, as {@link KeyResolver#database} finds them (under the importer's clearance),
     * asked for every key the file may name in one statement per table and remembered for the file's transaction:
     * a record's id does not change, a key asked and not found stays unknown until the import itself writes a record
     * with it, and the records the import writes are learnt as they are written. A key never asked is looked up in
     * the database as before.
     */
    private static final class KnownKeys implements KeyResolver {
        private final JdbcClient db;
        private final KeyResolver database;
        private final Map<String, Map<String, Long>> ids = new HashMap<>();
        private final Set<String> asked = new HashSet<>();

        KnownKeys(JdbcClient db) {
            this.db = db;
            this.database = KeyResolver.database(db);
        }

        /** Finds, in one statement per record table, the live records whose key is one of {@code keys}. */
        void ask(Set<String> keys) {
            if (keys.isEmpty()) {
                return;
            }
            this.asked.addAll(keys);
            String[] array = keys.toArray(String[]::new);
            for (RecordKind kind : RecordKind.values()) {
                if (kind.stored()) {
                    db.sql("select key, id from " + kind.table() + " where deleted_at is null and key = any(cast(? as text[]))")
                            .param(array).query((rs, n) -> {
                                learn(kind.table(), rs.getString(1), rs.getLong(2));
                                return null;
                            }).list();
                }
            }
        }

        void learn(String table, String key, long id) {
            ids.computeIfAbsent(table, t -> new HashMap<>()).put(key, id);
        }

        @Override
        public Optional<Long> id(String table, String key) {
            Long known = key == null ? null : ids.getOrDefault(table, Map.of()).get(key);
            if (known != null) {
                return Optional.of(known);
            }
            if (key != null && asked.contains(key) && RecordKind.ofTable(table).map(RecordKind::stored).orElse(false)) {
                return Optional.empty(); // asked at the start of the file, and not written by it since
            }
            Optional<Long> found = database.id(table, key);
            found.ifPresent(id -> learn(table, key, id));
            return found;
        }
    }
}
