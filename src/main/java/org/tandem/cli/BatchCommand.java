package org.tandem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.tandem.input.BadInputException;
import org.tandem.TandemOptions;
import org.tandem.batch.BatchAligner;
import org.tandem.batch.BatchLexicon;
import org.tandem.batch.BatchOptions;
import org.tandem.batch.BatchResult;
import org.tandem.batch.DocumentOutcome;
import org.tandem.batch.DocumentPair;
import org.tandem.batch.FolderPairing;
import org.tandem.batch.Manifest;
import org.tandem.write.AtomicOutputs;
import org.tandem.write.OutputFormat;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Aligns a corpus of document pairs on all cores, resumably.",
            "Writes per-document files in OUT/documents/ (TMX and JSONL whatever --formats says), and OUT/corpus.tmx, OUT/batch-report.tsv and OUT/index.html."})
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--manifest", paramLabel = "FILE", required = true,
                description = "TSV with a header: source, target and optionally name, source_lang, target_lang; relative paths against the manifest's folder.")
        Path manifest;

        @ArgGroup(exclusive = false)
        Folders folders;
    }

    static final class Folders {
        @Option(names = "--source-dir", paramLabel = "DIR", required = true, description = "Source documents; paired with --target-dir by relative path, the extension ignored.")
        Path source;

        @Option(names = "--target-dir", paramLabel = "DIR", required = true, description = "Target documents.")
        Path target;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "Output folder; created if missing.")
    Path output;

    @Mixin
    AlignmentChoices choices = new AlignmentChoices();

    @Mixin
    FormatChoice formats = new FormatChoice();

    @Mixin
    InputChoices inputChoices = new InputChoices();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads; all cores when not given.")
    Integer threads;

    @Option(names = "--force", description = "Align every pair again, even those whose outputs are up to date.")
    boolean force;

    @Mixin
    LexiconPassChoice lexiconPass = new LexiconPassChoice();

    @Mixin
    QuietOption quiet = new QuietOption();

    @Override
    public Integer call() throws IOException {
        // Before any document is read: a bad -o must not cost a corpus's alignment.
        AtomicOutputs.checkDirectory(output);
        PrintWriter err = spec.commandLine().getErr();
        BatchOptions batch = BatchOptions.defaults(output).withForce(force).withFormats(formats.chosen());
        if (threads != null) {
            batch = batch.withThreads(threads);
        }
        TandemOptions options = lexiconPass.applyTo(choices.applyTo(inputChoices.applyTo(TandemOptions.defaults())));
        List<DocumentPair> pairs;
        if (input.manifest != null) {
            pairs = Manifest.read(input.manifest);
        } else {
            FolderPairing pairing = FolderPairing.of(input.folders.source, input.folders.target,
                    choices.sourceLanguage, choices.targetLanguage);
            for (String line : pairing.unpaired()) {
                err.println("tandem: unpaired: " + line);
            }
            err.flush();
            if (pairing.pairs().isEmpty()) {
                throw new BadInputException("no file of " + input.folders.source + " pairs with one of " + input.folders.target);
            }
            pairs = pairing.pairs();
        }
        BatchResult result = new BatchAligner(options, batch, quiet.quiet ? message -> { }
                : message -> Main.progress(err, "tandem: " + message)).run(pairs);

        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "documents: %d (%d aligned, %d up to date, %d failed)%n", result.outcomes().size(),
                result.count(DocumentOutcome.Status.ALIGNED), result.count(DocumentOutcome.Status.SKIPPED),
                result.count(DocumentOutcome.Status.FAILED));
        out.println("lexicon:   " + (result.lexiconPass() ? "two passes, learned across the corpus" : "one pass (fewer than "
                + BatchLexicon.minimumPairs(options) + " pairs)"));
        for (DocumentOutcome outcome : result.outcomes()) {
            if (!outcome.succeeded()) {
                out.println("failed:    " + outcome.name() + ": " + outcome.error());
            }
        }
        out.println("wrote:     " + output.resolve(BatchAligner.CORPUS_TMX));
        out.println("wrote:     " + output.resolve("batch-report.tsv"));
        out.println("wrote:     " + output.resolve("index.html"));
        out.printf(Locale.ROOT, "time:      %.1f s%n", result.seconds());
        out.flush();
        return 0;
    }
}
