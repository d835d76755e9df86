package org.tandem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.tandem.eval.ParallelCorpus;
import org.tandem.eval.SpeedBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
        subcommands = {BenchCommand.Speed.class})
final class BenchCommand {

    @Command(name = "speed", mixinStandardHelpOptions = true,
            description = {"Times alignment and flagging of long pairs built from a sentence-parallel corpus",
                "(its documents repeated and lightly damaged), and reports sentences per second and peak memory."})
    static final class Speed implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/ntrex-en-nl-dev",
                description = "Directory with SRC.txt, TGT.txt and doc_ids.txt (default: ${DEFAULT-VALUE}).")
        Path corpus;

        @Option(names = "--source-lang", defaultValue = "en", description = "Default: ${DEFAULT-VALUE}.")
        String sourceLanguage;

        @Option(names = "--target-lang", defaultValue = "nl", description = "Default: ${DEFAULT-VALUE}.")
        String targetLanguage;

        @Option(names = "--sizes", split = ",", defaultValue = "10000,50000,200000",
                description = "Source sentences per pair (default: ${DEFAULT-VALUE}).")
        List<Integer> sizes;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws IOException {
            ParallelCorpus parallel = ParallelCorpus.readDirectory(corpus, sourceLanguage, targetLanguage);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            err.println("tandem: warming up");
            err.flush();
            SpeedBenchmark.run(parallel, 2_000, seed, sourceLanguage, targetLanguage);
            for (int size : sizes) {
                err.println("tandem: aligning " + size + " sentences");
                err.flush();
                out.println(SpeedBenchmark.format(SpeedBenchmark.run(parallel, size, seed, sourceLanguage, targetLanguage)));
                out.flush();
            }
            return 0;
        }
    }
}
