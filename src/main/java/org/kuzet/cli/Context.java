package org.kuzet.cli;

import java.util.Map;
import org.kuzet.KuzetApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without a web server for one CLI verb. */
final class Context {

    private Context() {
    }

    static ConfigurableApplicationContext start(DatabaseOptions db) {
        return start(db, Map.of());
    }

    /** With more properties, e.g. the migration to stop at. */
    static ConfigurableApplicationContext start(DatabaseOptions db, Map<String, Object> more) {
        Map<String, Object> properties = db.springProperties();
        properties.putAll(more);
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        return new SpringApplicationBuilder(KuzetApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(properties)
                .run();
    }
}
