package org.kuzet.cli;

/** Entry point of the jar: the CLI, whose {@code serve} verb starts the web application. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = KuzetCommand.commandLine().execute(args);
        if (exitCode != 0 || !KuzetCommand.keepsRunning(args)) {
            System.exit(exitCode);
        }
    }
}
