package org.kuzet.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.kuzet.security.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "settings", mixinStandardHelpOptions = true, description = "Show or change the administrator's settings.",
        subcommands = {SettingsCommand.List.class, SettingsCommand.Set.class})
class SettingsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print every setting as KEY=VALUE.")
    static class List implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            Map<String, String> all;
            try (var context = Context.start(db)) {
                all = context.getBean(Settings.class).all();
            }
            all.forEach((key, value) -> System.out.println(key + "=" + value));
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Change a setting, e.g. \"settings set require-two-factor true\".")
    static class Set implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Parameters(index = "0", paramLabel = "KEY", description = "require-two-factor")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE", description = "true or false")
        String value;

        @Override
        public Integer call() {
            try (var context = Context.start(db)) {
                context.getBean(Settings.class).set(key, value);
            }
            System.err.println("Setting " + key + " is now " + value + ".");
            return 0;
        }
    }
}
