package org.tandem.cli;

import java.util.List;

import org.tandem.extract.DocumentExtractor;
import org.tandem.extract.LanguageIdentifier;
import org.tandem.segment.SentenceSegmenter;

/**
 * What {@code tandem align} will need whatever its files, loaded on a second thread while the command
 * line is still being set up: Tika's media-type table, the language profiles' texts and ICU's sentence
 * rules. Setting up the command line keeps one core busy for a good part of a short alignment's run,
 * and the other idle. Only loading happens here, so nothing the alignment computes depends on it.
 */
final class StartupWarmup {
    private StartupWarmup() {
    }

    /** Starts the loading when {@code args} run an alignment that may use a second thread. */
    static void startFor(String[] args) {
        if (!wanted(List.of(args))) {
            return;
        }
        Thread thread = new Thread(StartupWarmup::load, "tandem-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    /** An {@code align} that is not asked for help only, nor limited to one thread. */
    static boolean wanted(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("align") || Runtime.getRuntime().availableProcessors() < 2) {
            return false;
        }
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")
                    || arg.equals("--threads=1") || arg.equals("--threads") && i + 1 < args.size()
                    && args.get(i + 1).equals("1")) {
                return false;
            }
        }
        return true;
    }

    private static void load() {
        try {
            DocumentExtractor.prepare();
            LanguageIdentifier.prepare();
            SentenceSegmenter.prepare();
        } catch (RuntimeException | LinkageError e) {
            // The alignment loads the same again and reports what fails, in its own words.
        }
    }
}
