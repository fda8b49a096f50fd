package org.kuzet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainLinkTest {

    @Test
    void thePayloadIsCanonicalWhateverTheOrderOfTheDetails() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("version", 2);
        one.put("changedFields", java.util.List.of("$.name"));
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("changedFields", java.util.List.of("$.name"));
        other.put("version", 2);
        Instant at = Instant.parse("2026-03-01T10:00:00.123456Z");

        String a = ChainLink.payload(7, at, 3L, "aigerim", "editor", "record_updated", "person", "person-42",
                ChainLink.CANONICAL.valueToTree(one));
        String b = ChainLink.payload(7, at, 3L, "aigerim", "editor", "record_updated", "person", "person-42",
                ChainLink.CANONICAL.valueToTree(other));

        assertThat(a).isEqualTo(b).doesNotContain(" ").startsWith("{\"action\":\"record_updated\",\"actorId\":3,");
    }

    @Test
    void eachHashCoversThePreviousHashAndThePayload() {
        String first = ChainLink.hash(ChainLink.GENESIS, "{\"position\":1}");
        assertThat(first).matches("^[0-9a-f]{64}$");
        assertThat(ChainLink.hash(first, "{\"position\":2}")).isNotEqualTo(ChainLink.hash(ChainLink.GENESIS, "{\"position\":2}"));
        assertThat(ChainLink.hash(ChainLink.GENESIS, "{\"position\":1}")).isEqualTo(first);
    }

    @Test
    void instantsKeepTheMicrosecondsTheDatabaseKeeps() {
        assertThat(ChainLink.truncate(Instant.parse("2026-03-01T10:00:00.123456789Z")))
                .isEqualTo(Instant.parse("2026-03-01T10:00:00.123456Z"));
    }
}
