package org.tandem.wordalign;

import java.util.Map;
import java.util.function.Supplier;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.German2Stemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Snowball's stemmer for a language (from Lucene), so that a dictionary entry for {@code feeling} also
 * covers {@code feelings} and one for {@code gevoel} covers {@code gevoelens}: dictionaries list one form
 * of a word, texts use them all. Languages without a stemmer keep their words as they are. Not
 * thread-safe.
 */
final class Stemmer {
    private static final Map<String, Supplier<SnowballStemmer>> BY_LANGUAGE = Map.ofEntries(
            Map.entry("en", EnglishStemmer::new), Map.entry("nl", DutchStemmer::new),
            Map.entry("de", German2Stemmer::new), Map.entry("fr", FrenchStemmer::new),
            Map.entry("es", SpanishStemmer::new), Map.entry("it", ItalianStemmer::new),
            Map.entry("pt", PortugueseStemmer::new), Map.entry("da", DanishStemmer::new),
            Map.entry("sv", SwedishStemmer::new), Map.entry("no", NorwegianStemmer::new),
            Map.entry("fi", FinnishStemmer::new));

    private final SnowballStemmer stemmer;

    Stemmer(String language) {
        Supplier<SnowballStemmer> make = BY_LANGUAGE.get(language);
        this.stemmer = make == null ? null : make.get();
    }

    /** Whether the language has a stemmer: without one every word is its own stem. */
    boolean known() {
        return stemmer != null;
    }

    /** The stem of a folded word; the word itself where the language has no stemmer. */
    String stem(String folded) {
        if (stemmer == null || folded.length() < 4) {
            return folded;
        }
        stemmer.setCurrent(folded);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
