package org.tandem.align;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tandem.input.BadInputException;
import org.tandem.input.PlainMessage;
import org.tandem.text.TextTokenizer;

/**
 * A bilingual dictionary read from a file, in either of two formats:
 * <ul>
 *   <li>hunalign's: one entry a line, {@code target phrase @ source phrase};</li>
 *   <li>a two-column TSV: {@code source phrase<TAB>target phrase}.</li>
 * </ul>
 * Only single-word entries take part: the aligner compares words, and a phrase's words would pair
 * with each other's unrelated parts. Lines starting with {@code #} are comments.
 */
public final class DictionaryLexicon implements Lexicon {
    private final Map<String, List<String>> sourceWordsByTarget;

    private DictionaryLexicon(Map<String, List<String>> sourceWordsByTarget) {
        this.sourceWordsByTarget = sourceWordsByTarget;
    }

    public static DictionaryLexicon read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the dictionary (" + PlainMessage.reason(e) + ")", e);
        }
        DictionaryLexicon lexicon = parse(lines, false);
        if (lexicon.size() == 0) {
            throw new BadInputException(file + ": no dictionary entries found (expected 'target @ source' or 'source<TAB>target' lines)");
        }
        return lexicon;
    }

    /** The entries of lines in either format, as {@link #read} reads them from a file; none is no error here. */
    public static DictionaryLexicon parse(List<String> lines) {
        return parse(lines, false);
    }

    /**
     * The entries of dictionary lines in either format; with {@code inverted}, each entry's two sides
     * swap, so that a {@code source<TAB>target} list serves the opposite direction too.
     */
    public static DictionaryLexicon parse(List<String> lines, boolean inverted) {
        Builder entries = new Builder();
        for (String line : lines) {
            String[] pair = split(line);
            if (pair == null) {
                continue;
            }
            String source = TextTokenizer.fold(pair[inverted ? 1 : 0].strip());
            String target = TextTokenizer.fold(pair[inverted ? 0 : 1].strip());
            if (isWord(source) && isWord(target)) {
                entries.add(target, source);
            }
        }
        return entries.build();
    }

    /** Collects (target word, source word) pairs, each once, in the order first met. */
    static final class Builder {
        private final Map<String, List<String>> sourceWordsByTarget = new HashMap<>();
        private int pairs;

        /** Adds the pair unless it is there already. */
        void add(String target, String source) {
            List<String> sources = sourceWordsByTarget.computeIfAbsent(target, k -> new ArrayList<>(2));
            if (!sources.contains(source)) {
                sources.add(source);
                pairs++;
            }
        }

        /** Distinct pairs added so far. */
        int pairs() {
            return pairs;
        }

        /** The lexicon, its lists frozen: callers get the lists themselves. */
        DictionaryLexicon build() {
            Map<String, List<String>> frozen = new HashMap<>();
            sourceWordsByTarget.forEach((target, sources) -> frozen.put(target, List.copyOf(sources)));
            return new DictionaryLexicon(frozen);
        }
    }

    /** {@code [source, target]}, or null for comments and lines in neither format. */
    private static String[] split(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return null;
        }
        int tab = line.indexOf('\t');
        if (tab > 0) {
            return new String[] {line.substring(0, tab), line.substring(tab + 1)};
        }
        int at = line.indexOf(" @ ");
        if (at > 0) {
            return new String[] {line.substring(at + 3), line.substring(0, at)};
        }
        return null;
    }

    private static boolean isWord(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(Character::isLetter);
    }

    /** A lexicon from target words to their source words, in the order given. */
    public static DictionaryLexicon of(Map<String, List<String>> sourceWordsByTarget) {
        Map<String, List<String>> copy = new HashMap<>();
        sourceWordsByTarget.forEach((target, sources) -> copy.put(target, List.copyOf(sources)));
        return new DictionaryLexicon(copy);
    }

    /**
     * Writes the entries as the TSV that {@link #read} reads, sorted so that the same lexicon always
     * gives the same file.
     */
    public void write(java.io.Writer out) throws IOException {
        out.write("# source<TAB>target, one translation a line\n");
        for (String target : new java.util.TreeSet<>(sourceWordsByTarget.keySet())) {
            for (String source : sourceWordsByTarget.get(target)) {
                out.write(source + "\t" + target + "\n");
            }
        }
    }

    public int size() {
        return sourceWordsByTarget.size();
    }

    @Override
    public List<String> sourceWordsFor(String foldedTargetWord) {
        return sourceWordsByTarget.getOrDefault(foldedTargetWord, List.of());
    }

    @Override
    public void forEachEntry(java.util.function.BiConsumer<String, String> targetAndSource) {
        sourceWordsByTarget.forEach((target, sources) -> sources.forEach(source -> targetAndSource.accept(target, source)));
    }
}
