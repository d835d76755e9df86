package org.tandem.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.tandem.TandemOptions;
import org.tandem.TandemTuning;

/**
 * The alignment options of a job in a form Spark can ship to its executors (TandemOptions holds
 * paths, a charset and lexicons, none of them serializable); each executor builds its own options.
 * Made from the options the command line built ({@link #of}), so that every option and tuned number
 * means on the executors what it means to {@code tandem batch}.
 *
 * @param freedict       use the FreeDict dictionaries installed on the executor, if any
 * @param builtInLexicon use the word list Tandem ships for the language pair, if any
 * @param maxBead        most segments on one side of a bead, or {@link TandemOptions#AUTOMATIC_BEAD}
 * @param tuning         every tuned number, as the properties text {@link TandemTuning#render} writes
 */
public record JobSettings(String sourceLanguage, String targetLanguage, boolean segmented, String encoding,
                          String dictionary, boolean freedict, boolean builtInLexicon, int maxBead,
                          String tuning) implements Serializable {
    private static final long serialVersionUID = 2L;

    public static JobSettings of(TandemOptions options) {
        return new JobSettings(options.sourceLanguage(), options.targetLanguage(), options.segmented(),
                options.encoding() == null ? null : options.encoding().name(),
                options.dictionary() == null ? null : options.dictionary().toAbsolutePath().toString(),
                options.installedDictionaries(), options.builtInLexicon(), options.maxBead(),
                options.tuning().render());
    }

    /** The options on an executor: one thread per task, since Spark runs as many tasks as it has cores. */
    public TandemOptions options() {
        TandemOptions options = TandemOptions.defaults()
                .withLanguages(sourceLanguage, targetLanguage)
                .withSegmented(segmented)
                .withEncoding(encoding == null ? null : Charset.forName(encoding))
                .withDictionary(dictionary == null ? null : Path.of(dictionary))
                .withInstalledDictionaries(freedict)
                .withBuiltInLexicon(builtInLexicon)
                .withMaxBead(maxBead)
                .withThreads(1);
        return options.withTuning(TandemTuning.defaults().withOverrides(tuningValues()));
    }

    private Map<String, String> tuningValues() {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(tuning));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }
}
