package org.tandem.cli;

import java.io.UncheckedIOException;

import org.tandem.BadInputException;

import picocli.CommandLine;

/**
 * Reports a failed command as one line on stderr, never a stack trace: bad input gets exit code 2,
 * anything else 1. {@code TANDEM_DEBUG=1} prints the stack trace for bug reports.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("tandem: " + message(e));
        if (System.getenv("TANDEM_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        return exitCode(e);
    }

    /** A usage mistake: one line that says what is wrong and where the help is, instead of the whole usage text. */
    static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("tandem: " + e.getMessage() + " (see 'tandem "
                + (command.getParent() == null ? "" : command.getCommandName() + " ") + "--help')");
        return BAD_INPUT;
    }

    static int exitCode(Throwable e) {
        return e instanceof BadInputException || e instanceof CommandLine.ParameterException ? BAD_INPUT : FAILURE;
    }

    private static String message(Throwable e) {
        if (e instanceof BadInputException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            e = e.getCause();
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "failed: " + detail.lines().findFirst().orElse(detail);
    }
}
