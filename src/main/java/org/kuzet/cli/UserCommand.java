package org.kuzet.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.kuzet.security.Role;
import org.kuzet.security.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage users.", subcommands = UserCommand.Add.class)
class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user; the password is read from standard input.")
    static class Add implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Parameters(index = "0", paramLabel = "NAME", description = "User name (lower-case letters, digits, . _ -)")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, editor, reviewer or viewer")
        String role;

        @Option(names = "--password-stdin", required = true, description = "Read the password from the first line of standard input")
        boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            Role parsedRole;
            try {
                parsedRole = Role.fromCode(role);
            } catch (IllegalArgumentException e) {
                throw new CliErrors.UsageException("--role: " + e.getMessage());
            }
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null) {
                throw new CliErrors.UsageException("--password-stdin: no password on standard input");
            }
            try (var context = Context.start(db)) {
                context.getBean(Users.class).create(name, parsedRole, password, false);
            }
            System.err.println("User '" + name + "' added with role " + parsedRole.code() + ".");
            return 0;
        }
    }
}
