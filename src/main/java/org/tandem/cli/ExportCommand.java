package org.tandem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.tandem.input.BadInputException;
import org.tandem.review.project.ReviewProject;
import org.tandem.write.AtomicOutputs;
import org.tandem.write.OutputFormat;
import org.tandem.write.Review;
import org.tandem.write.ToolVersion;
import org.tandem.write.Writers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes what the reviewer decided in a review project as TMX, XLIFF, CSV or JSONL.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (NAME.review.db).")
    Path projectFile;

    @Option(names = "--formats", split = ",", paramLabel = "F",
            defaultValue = "tmx,xliff,csv,jsonl",
            description = "Formats, comma-separated: tmx, xliff, csv, jsonl (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output directory; when not given, the project file's.")
    Path output;

    @Option(names = "--only-confirmed", description = "Only confirmed beads, in every format.")
    boolean onlyConfirmed;

    @Option(names = "--all", description = "Every bead (TMX: every two-sided one), with its state.")
    boolean all;

    @Override
    public Integer call() throws IOException {
        if (onlyConfirmed && all) {
            throw new BadInputException("--only-confirmed and --all exclude each other");
        }
        EnumSet<OutputFormat> chosen = EnumSet.noneOf(OutputFormat.class);
        for (String format : formats) {
            OutputFormat parsed = OutputFormat.parse(format);
            if (parsed == OutputFormat.HTML || parsed == OutputFormat.BEADS) {
                throw new BadInputException("a review exports tmx, xliff, csv or jsonl, not " + format);
            }
            chosen.add(parsed);
        }
        Review.Scope scope = onlyConfirmed ? Review.Scope.ONLY_CONFIRMED : all ? Review.Scope.ALL : Review.Scope.DECIDED;
        try (ReviewProject project = ReviewProject.open(projectFile)) {
            Path directory = output != null ? output : projectFile.toAbsolutePath().getParent();
            Review review = project.review(scope);
            String version = ToolVersion.current();
            List<Path> written = new AtomicOutputs(format -> Writers.forReview(format, version, review))
                    .write(project.alignment(), directory, chosen);
            PrintWriter out = spec.commandLine().getOut();
            out.println("status:   " + project.progress().render());
            for (Path file : written) {
                out.println("wrote:    " + file);
            }
            out.flush();
        }
        return 0;
    }
}
