package org.kuzet.cli;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.kuzet.crypto.KeyRotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "The encryption keys of the data folder (the keyset file; kuzet.keyset or KUZET_KEYSET moves it).",
        subcommands = {KeysCommand.Status.class, KeysCommand.Rotate.class})
class KeysCommand {

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Print the keyset path, its key ids, the primary key and how long it has been primary.")
    static class Status implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            KeyRotation.Status status;
            try (var context = Context.start(db)) {
                status = context.getBean(KeyRotation.class).status();
            }
            System.out.println("keyset: " + status.keysetPath());
            System.out.println("keys: " + status.keyIds().stream().map(String::valueOf).collect(Collectors.joining(", ")));
            System.out.println("primary key: " + status.primaryKeyId());
            System.out.println("primary since: " + status.primarySince().map(since -> since + " (" + age(status.primaryAge()
                    .orElseThrow()) + ")").orElse("unknown"));
            return 0;
        }

        private static String age(Duration age) {
            long days = age.toDays();
            return days == 0 ? "less than a day" : days + (days == 1 ? " day" : " days");
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = {"Add a new primary key, re-encrypt every sealed value and evidence file with it, then remove "
                    + "the old keys.", "Best run while kuzet serve is stopped; stopped half-way, it can be run again. "
                    + "Back up the new keyset file afterwards."})
    static class Rotate implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            KeyRotation.Report report;
            try (var context = Context.start(db)) {
                report = context.getBean(KeyRotation.class).rotate();
            }
            System.out.println("new primary key: " + report.primaryKeyId());
            for (Map.Entry<String, Long> e : report.reencrypted().entrySet()) {
                System.out.println("re-encrypted " + e.getKey() + ": " + e.getValue());
            }
            System.out.println("removed keys: " + report.removedKeyIds().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
            return 0;
        }
    }
}
