package org.tandem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.tandem.flag.Alignment;
import org.tandem.input.BadInputException;
import org.tandem.Tandem;
import org.tandem.TandemOptions;
import org.tandem.review.project.ReviewProject;
import org.tandem.review.server.ReviewServer;
import org.tandem.write.AtomicOutputs;
import org.tandem.write.ToolVersion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Aligns SOURCE and TARGET into a review project (or opens the one there is) and serves the "
                + "review workbench on 127.0.0.1 until interrupted.",
            "Without files, reviews the seed pair in seeds/; --project reopens a project file."})
final class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "FILE", description = "SOURCE and TARGET: text, HTML, DOCX, ODT, RTF, PDF, EPUB or subtitles (SRT, WebVTT).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--project", paramLabel = "FILE", description = "Reopen this project file (NAME.review.db).")
    Path projectFile;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Directory of the project file; when not given, the current directory (for the seed pair, the checkout).")
    Path output;

    @Option(names = "--name", paramLabel = "NAME", description = "Project name; when not given, the target's file name without extension.")
    String name;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "Port on 127.0.0.1, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-browser", description = "Do not open a browser; just print the address.")
    boolean noBrowser;

    @Mixin
    AlignmentChoices choices = new AlignmentChoices();

    @Mixin
    InputChoices input = new InputChoices();

    @Mixin
    QuietOption quiet = new QuietOption();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new BadInputException("--port must be from 0 to 65535, not " + port);
        }
        if (projectFile != null && !files.isEmpty()) {
            throw new BadInputException("give either --project or SOURCE and TARGET, not both");
        }
        if (files.size() == 1 || files.size() > 2) {
            throw new BadInputException("give both SOURCE and TARGET, or neither to review the seed pair (got "
                    + files.size() + " files)");
        }
        PrintWriter err = spec.commandLine().getErr();
        TandemOptions options = choices.applyTo(input.applyTo(TandemOptions.defaults()));
        // -q silences progress, not warnings.
        Tandem tandem = new Tandem(options, message -> {
            if (!quiet.quiet || message.startsWith("warning: ")) {
                err.println("tandem: " + message);
                err.flush();
            }
        });
        ReviewProject project = projectFile != null ? ReviewProject.open(projectFile) : alignedProject(tandem, err);
        Tandem realigner = new Tandem(options.withLanguages(project.sourceLanguage(), project.targetLanguage()));
        ReviewServer server = ReviewServer.start(project, port, (source, target) -> realigner.align(source,
                project.sourceLanguage(), target, project.targetLanguage(), project.name()), ToolVersion.current());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            project.close();
            stopped.countDown();
        }, "tandem-review-shutdown"));

        PrintWriter out = spec.commandLine().getOut();
        out.println("project: " + project.file().toAbsolutePath().normalize());
        out.println("status:  " + project.progress().render());
        out.println("review: " + server.url());
        out.flush();
        if (!noBrowser) {
            Browser.open(server.url(), err);
        }
        stopped.await();
        return 0;
    }

    private ReviewProject alignedProject(Tandem tandem, PrintWriter err) {
        AlignCommand.checkName(name);
        boolean seed = files.isEmpty();
        Path home = seed ? TandemHome.directory() : null;
        SeedPair pair = seed ? SeedPair.in(home) : null;
        Path source = seed ? pair.source() : files.get(0);
        Path target = seed ? pair.target() : files.get(1);
        Path directory = output != null ? output : seed ? home : Path.of(".");
        // Before extraction: a bad -o must not cost a whole alignment.
        AtomicOutputs.checkDirectory(directory);
        String projectName = name != null ? name : Tandem.baseName(target);
        Path file = ReviewProject.fileFor(directory, projectName);
        if (Files.exists(file)) {
            err.println("tandem: opening the existing project " + file + " (its decisions are kept)");
            err.flush();
            return ReviewProject.open(file);
        }
        Alignment alignment = tandem.align(source, target).withName(projectName);
        return ReviewProject.create(file, alignment, ToolVersion.current());
    }

    /** Opens the system browser, if there is one; the address is printed either way. */
    static final class Browser {
        private Browser() {
        }

        static void open(String url, PrintWriter err) {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            List<String> command = os.contains("mac") ? List.of("open", url)
                    : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                    : List.of("xdg-open", url);
            try {
                new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                err.println("tandem: cannot open a browser (" + e.getMessage() + "); open the address above");
                err.flush();
            }
        }
    }
}
