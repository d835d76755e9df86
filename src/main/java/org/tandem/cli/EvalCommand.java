package org.tandem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.tandem.eval.Evaluation;
import org.tandem.eval.ScoreTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the alignment TEST against the alignment GOLD.",
            "Prints strict and lax bead precision, recall and F1 (Sennrich & Volk 2011), and with --gold-flags those of the omission, addition and drift flags.",
            "GOLD and TEST are bead files ([0, 1]:[2] a line) or Tandem JSONL, told apart by content."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD", description = "The correct alignment.")
    Path gold;

    @Parameters(index = "1", paramLabel = "TEST", description = "The alignment to score.")
    Path test;

    @Option(names = "--gold-flags", paramLabel = "FILE",
            description = "Gold flags, one JSON object a line: {\"kind\":\"omission\",\"source_ids\":[3],\"target_ids\":[]}.")
    Path goldFlags;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.print(ScoreTable.render(Evaluation.compare(gold, test, goldFlags)));
        out.flush();
        return 0;
    }
}
