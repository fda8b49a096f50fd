package org.kuzet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kuzet.names.NameEvaluation;
import org.kuzet.names.NameEvaluation.Tallies;
import org.kuzet.names.NameVariants;
import org.kuzet.exchange.BundleImporter;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search recall@5 on the generated labelled set of issue 14 (see {@link NameVariants}): every person of the half is
 * entered in the record under the name the record holds ({@link NameVariants#recordForm}), with the other people of
 * the half's hard negatives (namesakes, fathers and sons, near surnames, shared first names) as records of their
 * own; then every other writing of a person is searched for, and the person must be among the first five persons.
 *
 * <p>This needs the database: the search ranks by an exact match of the name keys, then by pg_trgm's
 * word_similarity over the name keys under the {@code <%} threshold, then by full-text rank — SQL that no Java
 * function of the product mirrors ({@code NameSimilarity.trigramSimilarity} is a Jaccard overlap, not
 * word_similarity), so it is measured through {@link Search} itself. Each half's records belong to an organisation
 * of their own and the searches filter on it, so that the other tests' records in the shared database do not
 * change the numbers. The held-out half is measured; {@code -Dnames.search.halves=dev,heldout} measures both.
 *
 * <p>The targets of the issue are not met yet: the test prints the gap and fails only if recall falls below the
 * committed baseline ({@code names/baseline-search.properties}).
 */
class NameSearchGeneralisationIntegrationTest extends ApiIntegrationTest {

    private static final String BASELINE = "/names/baseline-search.properties";
    private static final int TOP = 5;

    @Autowired
    private Search search;
    @Autowired
    private BundleImporter importer;

    @Test
    void searchFindsTheRightPersonAmongTheFirstFiveNoLessOftenThanTheBaseline() {
        List<NameVariants.Pair> pairs = NameVariants.committed();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(1000);
        StringBuilder report = new StringBuilder();
        Map<String, Double> numbers = new TreeMap<>();
        for (String half : System.getProperty("names.search.halves", NameVariants.HELD_OUT).split(",")) {
            Tallies tallies = measure(half.strip(), pairs);
            report.append(NameEvaluation.report("Search recall@" + TOP + ", " + half + " half:", tallies, false));
            report.append("  ").append(NameEvaluation.gap("recall@" + TOP, tallies.group("all").recall(),
                    NameEvaluation.TARGET_SEARCH_RECALL_AT_5)).append("\n\n");
            numbers.putAll(NameEvaluation.numbers("search." + half.strip() + ".", tallies, false));
        }
        NameEvaluation.publish("search.txt", report.toString());

        assertThat(NameEvaluation.regressions(BASELINE, numbers)).as("numbers below the baseline " + BASELINE).isEmpty();
    }

    private Tallies measure(String half, List<NameVariants.Pair> all) {
        List<NameVariants.Pair> pairs = all.stream().filter(p -> p.split().equals(half)).toList();
        assertThat(pairs).as(half).isNotEmpty();
        long start = System.nanoTime();
        String prefix = unique("names");
        String organization = prefix + "-org";
        // the persons under their record's name, then the other people of the negatives: one bundle, imported as a
        // monitor's import would be (search documents, name keys and identity keys written in its transaction)
        Map<String, String> keyOfPerson = new LinkedHashMap<>();
        Set<String> others = new LinkedHashSet<>();
        List<Map<String, Object>> persons = new ArrayList<>();
        for (NameVariants.Pair p : pairs) {
            keyOfPerson.computeIfAbsent(p.nameId(), id -> {
                String key = prefix + "-" + keyOfPerson.size();
                persons.add(person(key, p.left(), organization));
                return key;
            });
            if (!p.same() && others.add(p.right())) {
                persons.add(person(prefix + "-x" + others.size(), p.right(), organization));
            }
        }
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("format", "kuzet-bundle");
        bundle.put("formatVersion", 2);
        bundle.put("organizations", List.of(Map.of("key", organization, "name", "Evaluation of names " + prefix,
                "kind", "opposition_movement", "confidentiality", "public")));
        bundle.put("persons", persons);
        importer.importBundle(JSON.writeValueAsString(bundle), false);
        long entered = System.nanoTime();
        Tallies tallies = new Tallies();
        for (NameVariants.Pair p : pairs) {
            if (p.same()) {
                SearchRequest request = new SearchRequest(p.right(), "person", null, null, null, null, organization, null,
                        null, null, null, 0, TOP);
                List<String> keys = new ArrayList<>();
                search.search(request, "en").hits().forEach(h -> keys.add(h.key()));
                tallies.count(p, keys.contains(keyOfPerson.get(p.nameId())));
            }
        }
        System.out.printf("search evaluation, %s half: %d records entered in %d ms, %d searches in %d ms%n", half,
                keyOfPerson.size() + others.size(), (entered - start) / 1_000_000, tallies.group("all").positives(),
                (System.nanoTime() - entered) / 1_000_000);
        return tallies;
    }

    private static Map<String, Object> person(String key, String name, String organization) {
        return Map.of("key", key, "name", name, "confidentiality", "public",
                "memberships", List.of(Map.of("organization", organization, "kind", "member")));
    }
}
