package org.kuzet.cli;

import org.kuzet.shared.Actor;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "kuzet", mixinStandardHelpOptions = true, versionProvider = KuzetCommand.Version.class,
        description = "Kuzet: document persecution and restrictions of civic freedoms.",
        subcommands = {ServeCommand.class, UserCommand.class, TokenCommand.class, SettingsCommand.class, ImportCommand.class,
                ExportCommand.class, BackupCommand.class, RestoreCommand.class, AuditCommand.class, KeysCommand.class, SearchCommand.class,
                PrisonersCommand.class, StatsCommand.class, ReportCommand.class, DuplicatesCommand.class})
public class KuzetCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new KuzetCommand());
        cli.setExecutionExceptionHandler(new CliErrors());
        // The verbs act as the operator of the data folder, who holds its keys and so sees everything.
        CommandLine.IExecutionStrategy verbs = cli.getExecutionStrategy();
        cli.setExecutionStrategy(parsed -> Actor.callAs(Actor.COMMAND_LINE, () -> verbs.execute(parsed)));
        return cli;
    }

    /** Only {@code serve} keeps the process alive after its command returns. */
    public static boolean keepsRunning(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a.equals("serve");
            }
        }
        return false;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required (serve, user, token, settings, import, export, backup, restore, audit, keys, search, prisoners, stats,"
                        + " report, duplicates)");
    }

    static class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = KuzetCommand.class.getPackage().getImplementationVersion();
            return new String[] {"kuzet " + (v == null ? "development" : v)};
        }
    }
}
