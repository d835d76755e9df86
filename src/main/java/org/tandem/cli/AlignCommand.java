package org.tandem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.tandem.LanguageDirection;
import org.tandem.Tandem;
import org.tandem.TandemOptions;
import org.tandem.flag.Alignment;
import org.tandem.flag.AlignmentSummary;
import org.tandem.input.BadInputException;
import org.tandem.write.AtomicOutputs;
import org.tandem.write.JsonlWriter;
import org.tandem.write.Writers;
import org.tandem.write.OutputFormat;
import org.tandem.write.ToolVersion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "align", mixinStandardHelpOptions = true,
        description = {"Aligns SOURCE with its translation TARGET and writes the beads with their flags.",
            "Without files, aligns the seed pair in seeds/ into alignments/."})
final class AlignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "FILE", description = "SOURCE and TARGET: text, HTML, DOCX, ODT, RTF, PDF, EPUB or subtitles (SRT, WebVTT).")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output directory; when not given, alignments (for the seed pair, the checkout's).")
    Path output;

    @Option(names = "--name", paramLabel = "NAME", description = "Base name of the output files; when not given, the target's file name without extension.")
    String name;

    @Mixin
    AlignmentChoices choices = new AlignmentChoices();

    @Mixin
    FormatChoice formats = new FormatChoice();

    @Mixin
    InputChoices input = new InputChoices();

    @Option(names = "--learn-lexicon",
            description = "Align twice: the second time with word translations learned from the first alignment.")
    boolean learnLexicon;

    @Option(names = "--word-alignment", description = "Write each bead's word alignment into the JSONL (field word_alignment).")
    boolean wordAlignment;

    @Mixin
    ExtractionChoices extraction = new ExtractionChoices();

    @Mixin
    QuietOption quiet = new QuietOption();

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads one alignment may use, all cores when not given; the output is the same whatever the number (here: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        if (files.size() == 1 || files.size() > 2) {
            throw new BadInputException("give both SOURCE and TARGET, or neither to align the seed pair (got "
                    + files.size() + " files)");
        }
        checkName(name);
        if (threads < 1) {
            throw new BadInputException("--threads must be at least 1, not " + threads);
        }
        boolean seed = files.isEmpty();
        Path home = TandemHome.directory();
        SeedPair pair = seed ? SeedPair.in(home) : null;
        Path source = seed ? pair.source() : files.get(0);
        Path target = seed ? pair.target() : files.get(1);
        Path directory = output != null ? output : seed ? home.resolve("alignments") : Path.of("alignments");
        EnumSet<OutputFormat> chosen = formats.chosen();
        // Before extraction: a bad -o must not cost a whole alignment.
        AtomicOutputs.checkDirectory(directory);

        PrintWriter err = spec.commandLine().getErr();
        TandemOptions options = choices.applyTo(input.applyTo(TandemOptions.defaults())
                .withExtraction(extraction.options())
                .withThreads(threads));
        // -q silences progress, not warnings: a swapped pair must be heard.
        Tandem tandem = new Tandem(options, message -> {
            if (!quiet.quiet || message.startsWith("warning: ")) {
                err.println("tandem: " + message);
                err.flush();
            }
        });
        Alignment alignment = tandem.align(source, target);
        if (learnLexicon) {
            alignment = tandem.realignWithLearnedLexicon(alignment);
        }
        if (name != null) {
            alignment = alignment.withName(name);
        }
        if (!alignment.sourceSetAside().isEmpty() || !alignment.targetSetAside().isEmpty()) {
            chosen.add(OutputFormat.SET_ASIDE);
        }
        String version = ToolVersion.current();
        List<Path> written = new AtomicOutputs(format -> wordAlignment && format == OutputFormat.JSONL
                ? JsonlWriter.withWordAlignment() : Writers.forFormat(format, version))
                .write(alignment, directory, chosen);

        PrintWriter out = spec.commandLine().getOut();
        out.println(languagesLine(alignment));
        out.print(AlignmentSummary.of(alignment).render());
        List<String> lexicons = new java.util.ArrayList<>(tandem.lexiconsUsed(alignment.sourceLanguage(),
                alignment.targetLanguage()));
        if (learnLexicon) {
            lexicons.add("learned from the first pass");
        }
        out.println("lexicon:  " + (lexicons.isEmpty() ? "none but what the document teaches"
                : String.join(", ", lexicons)));
        for (Path file : written) {
            out.println("wrote:    " + file);
        }
        out.printf(Locale.ROOT, "time:     %.1f s%n", (System.nanoTime() - start) / 1e9);
        out.flush();
        return 0;
    }

    /** The direction, so that a pair given the wrong way round shows at a glance. */
    private String languagesLine(Alignment alignment) {
        String arrow = alignment.sourceLanguage() + " → " + alignment.targetLanguage();
        if (choices.sourceLanguage != null && choices.targetLanguage != null) {
            return "languages: " + arrow;
        }
        return "languages: " + arrow + " (detected: " + LanguageDirection.named(alignment.sourceLanguage()) + " to "
                + LanguageDirection.named(alignment.targetLanguage()) + ")";
    }

    /** A --name becomes a file name: refuse anything that could leave the output directory. */
    static void checkName(String name) {
        if (name != null && (name.isBlank() || name.equals(".") || name.equals("..") || name.contains("/")
                || name.contains("\\"))) {
            throw new BadInputException("--name must be a plain file name, not '" + name + "'");
        }
    }
}
