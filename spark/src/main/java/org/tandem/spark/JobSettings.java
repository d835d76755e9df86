package org.tandem.spark;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Path;

import org.tandem.TandemOptions;

/**
 * The alignment options of a job in a form Spark can ship to its executors (TandemOptions holds
 * paths, a charset and lexicons, none of them serializable); each executor builds its own options.
 *
 * @param freedict       use the FreeDict dictionaries installed on the executor, if any
 * @param builtInLexicon use the word list Tandem ships for the language pair, if any
 * @param maxBead most segments on one side of a bead, or {@link TandemOptions#AUTOMATIC_BEAD}
 */
public record JobSettings(String sourceLanguage, String targetLanguage, boolean segmented, String encoding,
                          String dictionary, boolean freedict, boolean builtInLexicon, int maxBead) implements Serializable {
    private static final long serialVersionUID = 1L;

    public TandemOptions options() {
        TandemOptions options = TandemOptions.defaults()
                .withLanguages(sourceLanguage, targetLanguage)
                .withSegmented(segmented)
                .withEncoding(encoding == null ? null : Charset.forName(encoding))
                .withDictionary(dictionary == null ? null : Path.of(dictionary))
                .withInstalledDictionaries(freedict)
                .withBuiltInLexicon(builtInLexicon);
        return options.withMaxBead(maxBead);
    }
}
