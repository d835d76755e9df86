package org.tandem.cli;

import picocli.CommandLine;

/** Entry point of the {@code tandem} command. */
public final class Main {
    private Main() {
    }

    /** What Ctrl-C prints; the JVM then exits with 130, as shells expect of an interrupted command. */
    static final String INTERRUPTED = "tandem: interrupted; no temporary file or new empty directory is left behind";
    /** Held while a line goes to stderr, so that nothing follows the interrupted line. */
    private static final Object STDERR = new Object();
    private static boolean interrupted;

    public static void main(String[] args) {
        StartupWarmup.startFor(args);
        // The write stage removes its own temporary files at shutdown; this hook only says so.
        Thread hook = new Thread(() -> {
            synchronized (STDERR) {
                interrupted = true;
                System.err.println(INTERRUPTED);
            }
        }, "tandem-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        int code = run(args);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Interrupted as the command finished: the message is on its way.
        }
        System.exit(code);
    }

    /**
     * Prints a progress line, unless the run was interrupted: worker threads still running while the JVM
     * shuts down must not print after the line that says so.
     */
    static void progress(java.io.PrintWriter err, String line) {
        synchronized (STDERR) {
            if (!interrupted) {
                err.println(line);
                err.flush();
            }
        }
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
