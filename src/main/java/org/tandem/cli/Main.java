package org.tandem.cli;

import picocli.CommandLine;

/** Entry point of the {@code tandem} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 ok, 1 failure, 2 bad usage or bad input. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new TandemCommand());
        // Segments and reasons are Unicode whatever the platform's default charset is.
        commandLine.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out,
                java.nio.charset.StandardCharsets.UTF_8), true));
        commandLine.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err,
                java.nio.charset.StandardCharsets.UTF_8), true));
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setExitCodeExceptionMapper(ErrorReporter::exitCode);
        commandLine.setParameterExceptionHandler(ErrorReporter::usageError);
        return commandLine.execute(args);
    }
}
