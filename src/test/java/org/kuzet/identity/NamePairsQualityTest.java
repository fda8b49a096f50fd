package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The name component of the duplicate detector, measured on a labelled set of name pairs
 * (src/test/resources/identity/name-pairs.csv): spellings from the corpus, transliterations across Latin, Russian
 * and Kazakh Cyrillic, and hard negatives (namesakes sharing a surname or a first name, father and son, feminine
 * and masculine surname forms). At the default threshold both precision and recall must reach 0.95.
 */
class NamePairsQualityTest {

    record Pair(String a, String b, boolean same, String origin, String note) {
    }

    @Test
    void nameComponentReachesPrecisionAndRecallOfNinetyFivePercentAtTheDefaultThreshold() throws IOException {
        List<Pair> pairs = pairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(150);
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> mistakes = new ArrayList<>();
        for (Pair p : pairs) {
            NameMatch m = NameMatch.compare(p.a, p.b);
            boolean proposed = m.score() >= DuplicateScoring.DEFAULT_THRESHOLD;
            if (proposed && p.same) {
                truePositives++;
            } else if (proposed) {
                falsePositives++;
                mistakes.add("false positive: " + p + " " + m);
            } else if (p.same) {
                falseNegatives++;
                mistakes.add("false negative: " + p + " " + m);
            }
        }
        double precision = (double) truePositives / (truePositives + falsePositives);
        double recall = (double) truePositives / (truePositives + falseNegatives);
        System.out.printf("name pairs: %d (%d same), precision %.3f, recall %.3f at threshold %.2f%n", pairs.size(),
                pairs.stream().filter(Pair::same).count(), precision, recall, DuplicateScoring.DEFAULT_THRESHOLD);
        mistakes.forEach(System.out::println);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theLabelledSetHoldsCorpusVariantsGeneratedVariantsAcrossScriptsAndHardNegatives() throws IOException {
        List<Pair> pairs = pairs();
        assertThat(pairs).anyMatch(p -> p.origin.equals("corpus") && p.same);
        assertThat(pairs).anyMatch(p -> p.origin.equals("corpus") && !p.same && p.a.contains("Abishev"));
        assertThat(pairs).anyMatch(p -> p.origin.equals("generated") && p.b.matches(".*[әіңғүұқөһ].*"));
        assertThat(pairs).anyMatch(p -> p.origin.equals("generated") && p.b.matches(".*[а-я].*"));
        assertThat(pairs.stream().filter(p -> !p.same).count()).isGreaterThanOrEqualTo(50);
    }

    private static List<Pair> pairs() throws IOException {
        try (Reader in = new InputStreamReader(NamePairsQualityTest.class.getResourceAsStream("/identity/name-pairs.csv"),
                StandardCharsets.UTF_8)) {
            List<Pair> pairs = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                pairs.add(new Pair(r.get("name_a"), r.get("name_b"), Boolean.parseBoolean(r.get("same")), r.get("origin"),
                        r.get("note")));
            }
            return pairs;
        }
    }
}
