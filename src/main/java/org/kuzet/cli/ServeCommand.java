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

    @Option(names = "--backup-every", paramLabel = "INTERVAL",
            description = "Write an encrypted backup this often, e.g. 24h, 12h, 7d (needs --backup-dir and --backup-passphrase-file)")
    String backupEvery;

    @Option(names = "--backup-dir", paramLabel = "DIR", description = "Folder of the scheduled backups (best on another disk)")
    java.nio.file.Path backupDir;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "14", description = "Scheduled backups to keep; default: ${DEFAULT-VALUE}")
    int keep;

    @Option(names = "--backup-passphrase-file", paramLabel = "FILE", description = "The scheduled backups' passphrase, the first line of FILE")
    java.nio.file.Path backupPassphraseFile;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new CliErrors.UsageException("--port must be between 0 and 65535");
        }
        Map<String, Object> properties = db.springProperties();
        properties.put("server.port", port);
        properties.put("kuzet.demo", demo);
        if (backupEvery != null) {
            if (backupDir == null || backupPassphraseFile == null) {
                throw new CliErrors.UsageException("--backup-every needs --backup-dir and --backup-passphrase-file");
            }
            properties.put("kuzet.backup.every", backupEvery);
            properties.put("kuzet.backup.dir", backupDir.toAbsolutePath().toString());
            properties.put("kuzet.backup.keep", keep);
            properties.put("kuzet.backup.passphrase-file", backupPassphraseFile.toAbsolutePath().toString());
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KuzetApplication.class)
                .properties(properties)
                .run();
        context.getBean(Startup.class).afterStart(demo, port);
        return 0;
    }
}
