package org.kuzet.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import org.kuzet.backup.BackupException;
import org.kuzet.backup.Passphrases;

/**
 * A passphrase (of a backup, of an encrypted export), from a file (its first line) or typed at the console without echo — never a command-line
 * argument, which other users of the machine could read in the process list and which stays in shell histories.
 */
final class PassphraseInput {

    private PassphraseInput() {
    }

    static char[] read(Path file, boolean confirm) {
        if (file != null) {
            try {
                return Passphrases.fromFile(file);
            } catch (BackupException e) {
                throw new CliErrors.UsageException("--passphrase-file: " + e.getMessage());
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new CliErrors.UsageException("no console to type the passphrase at: give --passphrase-file FILE");
        }
        char[] typed = console.readPassword("Passphrase: ");
        if (typed == null || typed.length == 0) {
            throw new CliErrors.UsageException("the passphrase is empty");
        }
        if (confirm) {
            char[] again = console.readPassword("The same passphrase again: ");
            if (!Arrays.equals(typed, again)) {
                throw new CliErrors.UsageException("the two passphrases differ; nothing was written");
            }
        }
        return typed;
    }
}
