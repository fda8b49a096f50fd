package org.kuzet.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.kuzet.security.ApiTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage API tokens.", subcommands = TokenCommand.Create.class)
class TokenCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a personal API token for user NAME and print it (only the token) on standard output.")
    static class Create implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Parameters(index = "0", paramLabel = "NAME", description = "The user the token acts as")
        String name;

        @Option(names = "--label", defaultValue = "cli", description = "What the token is for; default: ${DEFAULT-VALUE}")
        String label;

        @Option(names = "--expires-in-days", paramLabel = "DAYS", defaultValue = "90",
                description = "Days until the token expires (0: never); default: ${DEFAULT-VALUE}")
        int days;

        @Override
        public Integer call() {
            if (days < 0) {
                throw new CliErrors.UsageException("--expires-in-days must be 0 or more");
            }
            Instant expires = days == 0 ? null : Instant.now().plus(Duration.ofDays(days));
            String token;
            try (var context = Context.start(db)) {
                token = context.getBean(ApiTokens.class).create(name, label, expires);
            }
            System.out.println(token);
            return 0;
        }
    }
}
