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

@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage users.", subcommands = {UserCommand.Add.class, UserCommand.Unlock.class, UserCommand.ResetTwoFactor.class})
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

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "Lift the lockout of user NAME after failed sign-ins and forget the failed attempts.")
    static class Unlock implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Parameters(index = "0", paramLabel = "NAME", description = "The user to unlock")
        String name;

        @Override
        public Integer call() {
            try (var context = Context.start(db)) {
                context.getBean(Users.class).unlock(name);
            }
            System.err.println("User '" + name + "' unlocked.");
            return 0;
        }
    }

    @Command(name = "reset-two-factor", mixinStandardHelpOptions = true,
            description = "Remove the second factor of user NAME (lost phone and recovery codes); they sign in with the "
                    + "password and enrol again.")
    static class ResetTwoFactor implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Parameters(index = "0", paramLabel = "NAME", description = "The user whose second factor is removed")
        String name;

        @Override
        public Integer call() {
            try (var context = Context.start(db)) {
                context.getBean(Users.class).resetTwoFactor(name);
            }
            System.err.println("Two-factor sign-in removed for user '" + name + "'.");
            return 0;
        }
    }
}
