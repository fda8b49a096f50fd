package org.kuzet.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo record built from the three corpus reports, loaded through the bundle importer. */
@Component
public class DemoData {

    static final String RESOURCE = "/demo/kuzet-demo.json";

    private final BundleImporter importer;
    private final JdbcClient db;

    public DemoData(BundleImporter importer, JdbcClient db) {
        this.importer = importer;
        this.db = db;
    }

    /** Loads the demo bundle when the record holds no incidents, persons or sources yet; says what was loaded. */
    public Optional<String> loadIntoEmptyRecord() {
        boolean empty = db.sql("select not exists (select 1 from incident) and not exists (select 1 from person) "
                + "and not exists (select 1 from source)").query(Boolean.class).single();
        if (!empty) {
            return Optional.empty();
        }
        Optional<String> bundle = bundle();
        if (bundle.isEmpty()) {
            return Optional.of("nothing: this build does not include the demo bundle (" + RESOURCE + ")");
        }
        Map<String, Integer> counts = importer.importBundle(bundle.get(), false);
        return Optional.of(counts.toString());
    }

    static Optional<String> bundle() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
