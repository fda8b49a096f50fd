package org.kuzet.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.kuzet.KuzetApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the web application and the API.")
class ServeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port; default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--demo", description = "Load the demo record (from the three reports in the corpus) into an empty data folder")
    boolean demo;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new CliErrors.UsageException("--port must be between 0 and 65535");
        }
        Map<String, Object> properties = db.springProperties();
        properties.put("server.port", port);
        properties.put("kuzet.demo", demo);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KuzetApplication.class)
                .properties(properties)
                .run();
        context.getBean(Startup.class).afterStart(demo, port);
        return 0;
    }
}
