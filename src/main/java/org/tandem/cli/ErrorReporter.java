package org.tandem.cli;

import java.io.UncheckedIOException;

import org.tandem.input.BadInputException;
import org.tandem.input.PlainMessage;

import picocli.CommandLine;

/**
 * Reports a failed command as one line of plain words on stderr, never a stack trace nor a Java class
 * name: bad input gets exit code 2, anything else 1. {@code TANDEM_DEBUG=1} prints the stack trace for bug reports.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;
    /** 128 + SIGINT, what the JVM exits with on Ctrl-C. */
    static final int INTERRUPTED = 130;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof java.io.InterruptedIOException) {
            // Ctrl-C stopped the write stage: Main's shutdown hook says so, in one line.
            return INTERRUPTED;
        }
        commandLine.getErr().println("tandem: " + message(e));
        if (System.getenv("TANDEM_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        return exitCode(e);
    }

    /** A usage mistake: one line that says what is wrong and where the help is, instead of the whole usage text. */
    static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("tandem: " + PlainMessage.withoutClassNames(e.getMessage()) + " (see '"
                + command.getCommandSpec().qualifiedName() + " --help')");
        return BAD_INPUT;
    }

    /**
     * Bad input is what the user can fix by changing the command: a rejected option value, a missing
     * or unreadable file, a file in the wrong encoding, an output path taken by something else.
     */
    static int exitCode(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof BadInputException || cause instanceof CommandLine.ParameterException
                || cause instanceof IllegalArgumentException || cause instanceof java.nio.file.FileSystemException
                || cause instanceof java.nio.charset.CharacterCodingException ? BAD_INPUT : FAILURE;
    }

    private static String message(Throwable e) {
        return PlainMessage.of(e);
    }
}
