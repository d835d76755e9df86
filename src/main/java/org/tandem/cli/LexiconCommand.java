package org.tandem.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.tandem.align.DictionaryLexicon;
import org.tandem.align.LexiconLearner;
import org.tandem.extract.LineReader;
import org.tandem.input.BadInputException;
import org.tandem.write.AtomicOutputs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lexicon", mixinStandardHelpOptions = true,
        description = {"Learns a bilingual word list from a parallel corpus and writes it as a dictionary for 'align --dictionary'.",
            "The corpus is a translation memory exported as two line-aligned text files."})
final class LexiconCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SRC", description = "Source sentences, one a line.")
    Path source;

    @Parameters(index = "1", paramLabel = "TGT", description = "Their translations, line by line.")
    Path target;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Where to write the dictionary (source<TAB>target lines).")
    Path output;

    @Option(names = "--source-lang", paramLabel = "L", required = true, description = "Source language, ISO 639-1.")
    String sourceLanguage;

    @Option(names = "--target-lang", paramLabel = "L", required = true, description = "Target language, ISO 639-1.")
    String targetLanguage;

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "" + LexiconLearner.DEFAULT_THRESHOLD,
            description = "Least probability of each word given the other (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Override
    public Integer call() throws IOException {
        AtomicOutputs.checkFile(output);
        // Blank lines kept, so that the two files stay line-aligned.
        List<String> sources = LineReader.readAllLines(source);
        List<String> targets = LineReader.readAllLines(target);
        if (sources.size() != targets.size()) {
            throw new BadInputException(source + " has " + sources.size() + " lines but " + target + " has "
                    + targets.size() + "; a parallel corpus has one translation a line");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new BadInputException("--threshold must be above 0 and at most 1, not " + threshold);
        }
        spec.commandLine().getErr().println("learning from " + sources.size() + " sentence pairs");
        DictionaryLexicon lexicon = new LexiconLearner(sourceLanguage, targetLanguage, threshold).learn(sources, targets);
        if (lexicon.size() == 0) {
            throw new BadInputException("no word pair recurs often enough in " + sources.size()
                    + " sentence pairs to be learned; give a larger parallel corpus");
        }
        AtomicOutputs.writeFile(output, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            lexicon.write(writer);
            writer.flush();
        });
        spec.commandLine().getErr().println("wrote " + lexicon.size() + " target words to " + output);
        return 0;
    }
}
