package org.tandem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import org.tandem.Tandem;
import org.tandem.TandemOptions;
import org.tandem.eval.BenchmarkMaker;
import org.tandem.eval.BenchmarkRunner;
import org.tandem.eval.Damage;
import org.tandem.eval.DamageScheme;

import org.tandem.eval.ParallelCorpus;
import org.tandem.eval.SpeedBenchmark;
import org.tandem.write.AtomicOutputs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Builds benchmarks, runs them and times alignment.",
        subcommands = {BenchCommand.Speed.class, BenchCommand.Make.class, BenchCommand.Run.class, BenchCommand.ReviewLoad.class})
final class BenchCommand {

    @Command(name = "speed", mixinStandardHelpOptions = true,
            description = {"Times alignment and flagging of long pairs built from a sentence-parallel corpus.",
                "The pairs are the corpus's documents repeated and lightly damaged; reports sentences per second and peak memory."})
    static final class Speed implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/ntrex-en-nl-dev",
                description = "Directory with SRC.txt, TGT.txt and doc_ids.txt (default: ${DEFAULT-VALUE}).")
        Path corpus;

        @Mixin
        CorpusLanguages languages = new CorpusLanguages();

        @Option(names = "--sizes", split = ",", defaultValue = "10000,50000,200000",
                description = "Source sentences per pair (default: ${DEFAULT-VALUE}).")
        List<Integer> sizes;

        @Mixin
        SeedOption seed = new SeedOption();

        @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
                description = "Runs per size; with more than one, a line with their median follows (default: ${DEFAULT-VALUE}).")
        int repeat;

        @Option(names = "--save", paramLabel = "DIR",
                description = "Write each pair as DIR/SIZE.src.txt and DIR/SIZE.tgt.txt (one segment a line) and stop: "
                        + "the same pairs for other aligners.")
        Path save;

        @Override
        public Integer call() throws IOException {
            if (repeat < 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--repeat must be 1 or more");
            }
            ParallelCorpus parallel = ParallelCorpus.readDirectory(corpus, languages.source, languages.target);
            if (save != null) {
                for (int size : sizes) {
                    SpeedBenchmark.save(SpeedBenchmark.pair(parallel, size, seed.seed), save);
                    spec.commandLine().getOut().println("wrote:    " + save.resolve(size + ".src.txt") + ", "
                            + save.resolve(size + ".tgt.txt"));
                }
                return 0;
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            err.println("tandem: warming up");
            err.flush();
            SpeedBenchmark.run(parallel, 2_000, seed.seed, languages.source, languages.target);
            for (int size : sizes) {
                List<SpeedBenchmark.Run> runs = new java.util.ArrayList<>();
                for (int k = 0; k < repeat; k++) {
                    err.println("tandem: aligning " + size + " sentences");
                    err.flush();
                    runs.add(SpeedBenchmark.run(parallel, size, seed.seed, languages.source, languages.target));
                    out.println(SpeedBenchmark.format(runs.get(k)));
                    out.flush();
                }
                if (repeat > 1) {
                    out.println(SpeedBenchmark.summary(runs));
                    out.flush();
                }
            }
            return 0;
        }
    }

    @Command(name = "make", mixinStandardHelpOptions = true,
            description = {"Builds an alignment benchmark from a sentence-parallel corpus with document ids.",
                "Every document is damaged as real translations and web copies are (merges, omissions, boilerplate, stray sentences, drifting translations) and written with gold beads and gold flags that name the damage."})
    static final class Make implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SRC", description = "Source sentences, one a line.")
        Path source;

        @Parameters(index = "1", paramLabel = "TGT", description = "Target sentences, line-aligned with SRC.")
        Path target;

        @Parameters(index = "2", paramLabel = "DOC_IDS", description = "One document id a line, line-aligned with SRC.")
        Path documentIds;

        @Parameters(index = "3", paramLabel = "OUT", description = "Directory to write the benchmark into.")
        Path output;

        @Mixin
        SeedOption seed = new SeedOption();

        @Option(names = "--target-lang", paramLabel = "L",
                description = "Language of the boilerplate lines and number words; when not given, TGT's file name if it is a language code, else en.")
        String targetLanguage;

        @Mixin
        DamageChoice damage = new DamageChoice();

        @Mixin
        DocumentSizeChoice documentSize = new DocumentSizeChoice();

        @Override
        public Integer call() throws IOException {
            AtomicOutputs.checkDirectory(output);
            DamageScheme scheme = damage.scheme(spec.commandLine());
            UnaryOperator<ParallelCorpus> cut = documentSize.cut(seed.seed, spec.commandLine());
            ParallelCorpus corpus = cut.apply(ParallelCorpus.read(source, target, documentIds));
            Map<Damage, Integer> counts = new BenchmarkMaker(scheme, boilerplateLanguage())
                    .make(corpus, seed.seed, output);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "wrote %d documents (%d sentence pairs) to %s%n", corpus.documents().size(),
                    corpus.sentencePairs(), output);
            counts.forEach((kind, count) -> out.printf(Locale.ROOT, "  %-17s %d%n", kind.label(), count));
            out.flush();
            return 0;
        }

        private String boilerplateLanguage() {
            if (targetLanguage != null) {
                return targetLanguage.toLowerCase(Locale.ROOT);
            }
            String name = target.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            return name.matches("[a-z]{2}") ? name : "en";
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Aligns every document of a benchmark directory and prints its bead and flag scores.",
                "A document is NAME.src, NAME.tgt, NAME.gold and optionally NAME.flags; scores are pooled over all documents."})
    static final class Run implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "BENCH", description = "The benchmark directory.")
        Path benchmark;

        @Option(names = "--out", paramLabel = "DIR", description = "Also write DIR/NAME.jsonl for every document.")
        Path output;

        @Option(names = "--errors", paramLabel = "FILE",
                description = "Also write FILE: every stretch where the beads differ from the gold (so every missed or false omission and addition), with the gold's beads, Tandem's beads and flags, and the segments' texts. Segmented runs only.")
        java.nio.file.Path errors;

        @ArgGroup(exclusive = true)
        ModeChoice mode = new ModeChoice();

        @Mixin
        AlignmentChoices choices = new AlignmentChoices();

        @Mixin
        BatchLexiconChoice lexicon = new BatchLexiconChoice();

        static final class ModeChoice {
            @Option(names = "--segmented", description = "Align the gold segments NAME.src/NAME.tgt, as bench run does without --end-to-end.")
            boolean segmented;

            @Option(names = "--end-to-end",
                    description = "Align NAME.src.txt/NAME.tgt.txt with Tandem's own segmentation; score by characters.")
            boolean endToEnd;
        }

        @Override
        public Integer call() throws IOException {
            if (output != null) {
                AtomicOutputs.checkDirectory(output);
            }
            if (errors != null) {
                AtomicOutputs.checkFile(errors);
            }
            BenchmarkRunner.Mode chosen = mode.endToEnd ? BenchmarkRunner.Mode.END_TO_END : BenchmarkRunner.Mode.SEGMENTED;
            TandemOptions options = choices.applyTo(TandemOptions.defaults()
                    .withSegmented(chosen == BenchmarkRunner.Mode.SEGMENTED));
            BenchmarkRunner runner = lexicon.applyTo(new BenchmarkRunner(new Tandem(options), chosen,
                    choices.sourceLanguage, choices.targetLanguage, output));
            if (errors != null) {
                runner.withErrors(errors);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("mode: " + (chosen == BenchmarkRunner.Mode.SEGMENTED ? "segmented" : "end-to-end"));
            out.print(runner.run(benchmark).render());
            out.flush();
            return 0;
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = {"Load-tests the review server on loopback, bounded in time and in requests.",
                "Clients read single beads and pages and write status changes, each on beads of its own; every write is then checked in the project."})
    static final class ReviewLoad implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--beads", defaultValue = "10000", description = "Beads in the synthetic project (default: ${DEFAULT-VALUE}).")
        int beads;

        @Option(names = "--clients", defaultValue = "20", description = "Concurrent clients, 1 to 64 (default: ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--seconds", defaultValue = "10", description = "Duration, at most 60 (default: ${DEFAULT-VALUE}).")
        double seconds;

        @Option(names = "--write-share", defaultValue = "0.2", description = "Share of requests that write (default: ${DEFAULT-VALUE}).")
        double writeShare;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "target/bench-review",
                description = "Directory of the project file (default: ${DEFAULT-VALUE}).")
        java.nio.file.Path output;

        @Override
        public Integer call() throws Exception {
            if (clients < 1 || clients > 64 || seconds <= 0 || seconds > 60 || beads < clients || writeShare < 0 || writeShare > 1) {
                throw new org.tandem.input.BadInputException("bench review needs 1 to 64 clients, 0 to 60 seconds, at least one bead"
                        + " per client and a write share from 0 to 1");
            }
            var result = org.tandem.review.server.LoadBenchmark.run(output, beads, clients, seconds, writeShare);
            var out = spec.commandLine().getOut();
            out.print(result.render());
            out.flush();
            return result.errors() == 0 && result.lostWrites() == 0 ? 0 : 1;
        }
    }
}
