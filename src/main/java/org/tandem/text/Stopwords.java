package org.tandem.text;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Lucene's stopword list for a language, or an empty set where Lucene has none.
 * {@link #functionWords} gives a fuller list for telling languages apart.
 */
public final class Stopwords {
    private static final Map<String, Supplier<CharArraySet>> BY_LANGUAGE = Map.ofEntries(
            Map.entry("en", EnglishAnalyzer::getDefaultStopSet),
            Map.entry("nl", DutchAnalyzer::getDefaultStopSet),
            Map.entry("de", GermanAnalyzer::getDefaultStopSet),
            Map.entry("fr", FrenchAnalyzer::getDefaultStopSet),
            Map.entry("es", SpanishAnalyzer::getDefaultStopSet),
            Map.entry("it", ItalianAnalyzer::getDefaultStopSet),
            Map.entry("pt", PortugueseAnalyzer::getDefaultStopSet),
            Map.entry("da", DanishAnalyzer::getDefaultStopSet),
            Map.entry("sv", SwedishAnalyzer::getDefaultStopSet),
            Map.entry("no", NorwegianAnalyzer::getDefaultStopSet),
            Map.entry("fi", FinnishAnalyzer::getDefaultStopSet),
            Map.entry("de-ch", GermanAnalyzer::getDefaultStopSet),
            Map.entry("ru", RussianAnalyzer::getDefaultStopSet),
            Map.entry("cs", CzechAnalyzer::getDefaultStopSet),
            Map.entry("bg", BulgarianAnalyzer::getDefaultStopSet),
            Map.entry("el", GreekAnalyzer::getDefaultStopSet),
            Map.entry("hu", HungarianAnalyzer::getDefaultStopSet),
            Map.entry("ro", RomanianAnalyzer::getDefaultStopSet),
            Map.entry("tr", TurkishAnalyzer::getDefaultStopSet),
            Map.entry("ca", CatalanAnalyzer::getDefaultStopSet));

    private final CharArraySet words;

    private static CharArraySet snowball(String resource) {
        try (java.io.Reader reader = org.apache.lucene.util.IOUtils.getDecodingReader(
                org.apache.lucene.analysis.snowball.SnowballFilter.class, resource, java.nio.charset.StandardCharsets.UTF_8)) {
            return org.apache.lucene.analysis.WordlistLoader.getSnowballWordSet(reader);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Stopwords(CharArraySet words) {
        this.words = words;
    }

    public static Stopwords forLanguage(String language) {
        Supplier<CharArraySet> supplier = language == null ? null
                : BY_LANGUAGE.get(language.toLowerCase(Locale.ROOT));
        return new Stopwords(supplier == null ? CharArraySet.EMPTY_SET : supplier.get());
    }

    /**
     * The fuller list for recognising a language by its function words. For English the Snowball list
     * (174 words) replaces the analyzer's 33, which lack most pronouns and auxiliaries ({@code he},
     * {@code would}, {@code been}) and so miss English left in a translation. The analyzer's short
     * list stays the choice for lexical keys, where it measured better.
     */
    public static Stopwords functionWords(String language) {
        if (language != null && language.toLowerCase(Locale.ROOT).equals("en")) {
            return new Stopwords(snowball("english_stop.txt"));
        }
        return forLanguage(language);
    }

    /**
     * The function words of {@link #functionWords} and the closed-class words their lists lack (a
     * resource {@code closed-class-LANG.txt} beside this class, where one ships): what word alignment
     * leaves out of the words a translation must carry over. Lucene's lists are uneven across
     * languages (Snowball's English list has {@code only}, {@code own} and {@code during}, the Dutch
     * one lacks {@code alleen}, {@code eigen} and {@code tijdens}), and a word that is a function word
     * on one side only is a word without a counterpart in every faithful pair. A language without a
     * resource keeps its {@link #functionWords}.
     */
    public static Stopwords closedClass(String language) {
        Stopwords base = functionWords(language);
        if (language == null) {
            return base;
        }
        String code = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return CLOSED_CLASS.computeIfAbsent(code, c -> {
            java.util.List<String> extra = closedClassWords(c);
            if (extra.isEmpty()) {
                return base;
            }
            CharArraySet words = new CharArraySet(base.words.size() + extra.size(), false);
            words.addAll(base.words);
            words.addAll(extra);
            return new Stopwords(CharArraySet.unmodifiableSet(words));
        });
    }

    private static final Map<String, Stopwords> CLOSED_CLASS = new java.util.concurrent.ConcurrentHashMap<>();

    private static java.util.List<String> closedClassWords(String code) {
        try (java.io.InputStream in = Stopwords.class.getResourceAsStream("closed-class-" + code + ".txt")) {
            if (in == null) {
                return java.util.List.of();
            }
            return new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))
                    .lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether Lucene knows this language's function words. */
    public boolean isKnown() {
        return !words.isEmpty();
    }

    public boolean contains(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }
}
