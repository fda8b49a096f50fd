package org.kuzet.support;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Popolo JSON schemas (src/test/resources/popolo, from the Popolo project), for checking Kuzet's Popolo export
 * with the validator the bundle schema uses. They are draft 03, which the validator does not read; the only draft-03
 * keyword they use is a property's {@code "required": true}, which here becomes its parent's {@code required} list
 * (draft 04's form of the same rule), and the dialect is declared draft 04. Their ids
 * ({@code http://www.popoloproject.com/schemas/person.json#}) are mapped to the copies, so nothing is fetched.
 */
public final class PopoloSchemas {

    private static final String BASE = "http://www.popoloproject.com/schemas/";
    private static final List<String> FILES = List.of("area", "contact_detail", "count", "event", "identifier", "link",
            "membership", "organization", "other_name", "person", "post");
    private static final SchemaRegistry REGISTRY = registry();

    private PopoloSchemas() {
    }

    private static SchemaRegistry registry() {
        Map<String, String> schemas = new HashMap<>();
        for (String file : FILES) {
            try (InputStream in = PopoloSchemas.class.getResourceAsStream("/popolo/" + file + ".json")) {
                JsonNode schema = ApiIntegrationTest.JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                toDraft4(schema);
                ((ObjectNode) schema).put("$schema", "http://json-schema.org/draft-04/schema#");
                schemas.put(BASE + file + ".json", ApiIntegrationTest.JSON.writeValueAsString(schema));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, builder -> builder.schemas(schemas));
    }

    /** Moves every {@code "required": true} of a property to its object's {@code required} list, recursively. */
    private static void toDraft4(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("properties") instanceof ObjectNode properties) {
                List<String> required = new ArrayList<>();
                for (String name : properties.propertyNames()) {
                    if (properties.get(name) instanceof ObjectNode property && property.path("required").isBoolean()) {
                        if (property.get("required").asBoolean()) {
                            required.add(name);
                        }
                        property.remove("required");
                    }
                }
                if (!required.isEmpty()) {
                    ArrayNode list = object.putArray("required");
                    required.forEach(list::add);
                }
            }
            object.values().forEach(PopoloSchemas::toDraft4);
        } else if (node instanceof ArrayNode array) {
            array.forEach(PopoloSchemas::toDraft4);
        }
    }

    /** Every violation of {@code instance} against Popolo's {@code kind} schema (person, organization, membership). */
    public static List<String> violations(String kind, JsonNode instance) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + kind + ".json#"));
        return schema.validate(instance).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
