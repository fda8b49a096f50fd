package org.kuzet.cli;

import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Problem;
import picocli.CommandLine;

/** Errors become a message on stderr and an exit code: 1 for invalid data, 2 for usage. */
class CliErrors implements CommandLine.IExecutionExceptionHandler {

    static final int INVALID_DATA = 1;
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        Throwable cause = rootCause(e);
        if (cause instanceof InvalidInputException invalid) {
            for (Problem p : invalid.problems()) {
                cli.getErr().println(p);
            }
            cli.getErr().println(invalid.problems().size() + " problem(s); nothing was changed.");
            return INVALID_DATA;
        }
        if (cause instanceof UsageException) {
            cli.getErr().println("kuzet: " + cause.getMessage());
            return USAGE;
        }
        cli.getErr().println("kuzet: " + cause.getMessage());
        return INVALID_DATA;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof InvalidInputException) && !(t instanceof UsageException)) {
            t = t.getCause();
        }
        return t;
    }

    static class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
