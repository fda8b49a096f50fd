package org.kuzet.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How an entry is bound into the chain: its columns as canonical JSON (the payload: sorted properties, no
 * spaces), and its hash, SHA-256 in hex over the previous entry's hash followed by the payload. The first entry
 * follows {@link #GENESIS}.
 */
final class ChainLink {

    static final String GENESIS = "0".repeat(64);

    static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private ChainLink() {
    }

    /** The instant as the database keeps it (microseconds), so that the payload and the column agree. */
    static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The canonical JSON of an entry's columns. */
    static String payload(long position, Instant at, Long actorId, String actorName, String actorRole, String action,
                          String subjectType, String subjectKey, JsonNode details) {
        ObjectNode node = CANONICAL.createObjectNode();
        node.put("position", position);
        node.put("at", at.toString());
        node.put("actorId", actorId);
        node.put("actorName", actorName);
        node.put("actorRole", actorRole);
        node.put("action", action);
        node.put("subjectType", subjectType);
        node.put("subjectKey", subjectKey);
        node.set("details", details);
        return CANONICAL.writeValueAsString(node);
    }

    static String canonical(JsonNode node) {
        return CANONICAL.writeValueAsString(node);
    }

    static String hash(String previousHash, String payload) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha256.digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
