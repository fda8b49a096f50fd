package org.kuzet.support;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The published JSON Schema of the bundle (docs/bundle.schema.json), for checking what Kuzet writes and ships. */
public final class BundleSchema {

    private static final Schema SCHEMA = load();

    private BundleSchema() {
    }

    private static Schema load() {
        try (InputStream in = Files.newInputStream(Path.of("docs", "bundle.schema.json"))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation, as "instance path: message". */
    public static List<String> violations(String json) {
        return SCHEMA.validate(ApiIntegrationTest.JSON.readTree(json)).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
