package org.kuzet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which module's SQL may name which tables. Each table belongs to the module that writes it (its package-info says
 * so); another module's SQL may name only what the owner offers for reading — the vocabularies, and a record's own
 * row, which every reference by key resolves through — or a view or function the owner declares. Reading another
 * module's inner tables (an incident's victims, a case's stages) ties the reader to how the owner stores them.
 *
 * <p>{@link #KNOWN_DEBTS} lists where that still happens, module by module: the list may only shrink. A new
 * reference fails here, and so does a listed one that is gone (take it off the list).
 */
class SqlBoundariesTest {

    /** Each table and the module that owns it. */
    private static final Map<String, String> OWNERS = owners(Map.ofEntries(
            Map.entry("vocabulary", "vocabulary_term legal_article place"),
            Map.entry("security", "app_user api_token recovery_code settings sign_in_failure"),
            Map.entry("source", "source source_private citation"),
            Map.entry("organization", "organization organization_name organization_status contact"),
            Map.entry("person", "person person_name person_role person_vulnerability membership assessment person_private"),
            Map.entry("event", "event"),
            Map.entry("legalcase", "legal_case case_party charge case_stage sentence_component"),
            Map.entry("incident", "incident incident_type incident_right incident_victim incident_perpetrator "
                    + "incident_article incident_case incident_private"),
            Map.entry("intervention", "intervention intervention_addressee intervention_person intervention_incident"),
            Map.entry("figure", "reported_figure"),
            Map.entry("crypto", "vault_check vault_key"),
            Map.entry("evidence", "evidence_file"),
            Map.entry("search", "search_document name_key"),
            Map.entry("identity", "identity_key identity_pair identity_stale identity_distinct identity_merge identity_merge_step "
                    + "identity_merge_touch"),
            Map.entry("reporting", "recommendation report_template"),
            Map.entry("audit", "audit_event"),
            Map.entry("history", "record_version")));

    /**
     * What owners offer to every module's SQL: the vocabularies (reference data every record names), each record's
     * own row (its id, key, name, dates and visibility, which references by key and row-level security go
     * through), and the accounts' names.
     */
    private static final Set<String> OFFERED = Set.of("vocabulary_term", "legal_article", "place", "person",
            "organization", "contact", "source", "event", "legal_case", "incident", "intervention", "reported_figure",
            "app_user");

    /** Where a module's SQL still reads another module's inner tables. Only ever shrinks. */
    private static final Map<String, Set<String>> KNOWN_DEBTS = Map.of(
            // identity compares and merges persons and organisations with everything attached to them
            "identity", Set.of("case_party", "case_stage", "charge", "incident_victim", "intervention_person",
                    "membership", "organization_name", "organization_status", "person_name", "person_private",
                    "person_role"),
            // the search documents and the pickers are built from every part of the records
            "search", Set.of("assessment", "case_party", "case_stage", "charge", "incident_article",
                    "incident_perpetrator", "incident_right", "incident_type", "incident_victim", "membership",
                    "organization_name", "organization_status", "person_name", "person_role", "sentence_component"),
            // a deletion is refused while other records still refer to the record
            "shared", Set.of("assessment", "case_stage", "citation", "membership", "organization_status"),
            // the fact queries of statistics and of the political-prisoner list
            "statistics", Set.of("assessment", "case_party", "case_stage", "charge", "incident_article",
                    "incident_case", "incident_victim", "sentence_component"));

    /** A table named after FROM, JOIN, INTO, UPDATE or TABLE inside a string of the source. */
    private static final Pattern TABLE = Pattern.compile("\\b(?:from|join|into|update|table)\\s+([a-z_]+)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void eachModuleNamesOnlyItsOwnTablesAndWhatOthersOffer() {
        Map<String, Set<String>> foreign = foreignTablesByModule();

        Map<String, Set<String>> undeclared = new TreeMap<>();
        foreign.forEach((module, tables) -> tables.stream()
                .filter(t -> !KNOWN_DEBTS.getOrDefault(module, Set.of()).contains(t))
                .forEach(t -> undeclared.computeIfAbsent(module, m -> new TreeSet<>()).add(t + " (" + OWNERS.get(t) + ")")));
        assertThat(undeclared)
                .as("SQL naming another module's inner tables: call the owner's operation, or read a view it declares")
                .isEmpty();
    }

    @Test
    void theKnownDebtsOnlyShrink() {
        Map<String, Set<String>> foreign = foreignTablesByModule();

        Map<String, Set<String>> paid = new TreeMap<>();
        KNOWN_DEBTS.forEach((module, tables) -> tables.stream()
                .filter(t -> !foreign.getOrDefault(module, Set.of()).contains(t))
                .forEach(t -> paid.computeIfAbsent(module, m -> new TreeSet<>()).add(t)));
        assertThat(paid).as("no longer read: take these off KNOWN_DEBTS").isEmpty();
    }

    @Test
    void theScanFindsTablesInTextBlocksAndStrings() {
        String source = "db.sql(\"\"\"\n select 1 from incident_victim v\n join person p on p.id = v.person_id\"\"\");"
                + " db.sql(\"delete from case_stage where case_id = ?\");";

        assertThat(tablesNamedIn(source)).containsExactlyInAnyOrder("incident_victim", "person", "case_stage");
    }

    /** For each module, the tables of other modules its SQL names beyond what they offer. */
    private static Map<String, Set<String>> foreignTablesByModule() {
        Path root = Path.of("src", "main", "java", "org", "kuzet");
        Map<String, Set<String>> foreign = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = root.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                for (String table : tablesNamedIn(Files.readString(file))) {
                    String owner = OWNERS.get(table);
                    if (owner != null && !owner.equals(module) && !OFFERED.contains(table)) {
                        foreign.computeIfAbsent(module, m -> new TreeSet<>()).add(table);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return foreign;
    }

    private static Set<String> tablesNamedIn(String source) {
        StringBuilder strings = new StringBuilder();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        while (blocks.find()) {
            strings.append(blocks.group(1)).append('\n');
        }
        Matcher plain = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
        while (plain.find()) {
            strings.append(plain.group(1)).append('\n');
        }
        Set<String> tables = new TreeSet<>();
        Matcher named = TABLE.matcher(strings);
        while (named.find()) {
            tables.add(named.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return tables;
    }

    private static Map<String, String> owners(Map<String, String> tablesByModule) {
        Map<String, String> owners = new HashMap<>();
        tablesByModule.forEach((module, tables) -> Arrays.stream(tables.split(" "))
                .forEach(table -> owners.put(table, module)));
        return Map.copyOf(owners);
    }
}
