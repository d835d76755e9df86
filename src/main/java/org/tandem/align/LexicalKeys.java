package org.tandem.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tandem.segment.Segment;
import org.tandem.text.NumberNormalizer;
import org.tandem.text.Stopwords;
import org.tandem.text.TextTokenizer;
import org.tandem.text.Token;

/**
 * Turns segments of both languages into comparable key ids, so that lexical overlap can be counted
 * with a merge of two sorted int arrays inside the dynamic program.
 *
 * <p>A content word's key is its accent-folded prefix: related languages share many cognates whose
 * endings differ ({@code militaire}/{@code military}, {@code diplomatieke}/{@code diplomatic}), and a
 * prefix catches them without a dictionary. Function words are dropped, because they are frequent and
 * never shared across languages by meaning. A number's key is its canonical value. Where a lexicon is
 * given, a target word that translates a word of the source document takes that word's key instead.
 */
public final class LexicalKeys {
    private static final int SKELETON_LENGTH = 3;
    /** Letters that languages exchange most freely between cognates; {@code j} and {@code y} stand for vowels often. */
    private static final String VOWELS = "aeiouyj";
    private static final int[] NO_KEYS = new int[0];

    private final int prefixLength;
    private final Lexicon lexicon;
    private final Map<String, Integer> ids = new HashMap<>();
    private final TextTokenizer tokenizer = new TextTokenizer();
    /** The source document's keys, fixed before the target is profiled so that target words never count as source words. */
    private Set<String> sourceKeys = Set.of();

    public LexicalKeys(int prefixLength, Lexicon lexicon) {
        this.prefixLength = prefixLength;
        this.lexicon = lexicon;
    }

    /** Profiles for the source side; call before {@link #profileTarget}, which looks up source keys. */
    public List<SegmentProfile> profileSource(List<Segment> segments, String language) {
        List<SegmentProfile> profiles = profiles(segments, language, false);
        sourceKeys = Set.copyOf(ids.keySet());
        return profiles;
    }

    /**
     * Profiles for the target side. A target word whose own key the source never has takes the key of
     * a dictionary translation that the source does have.
     */
    public List<SegmentProfile> profileTarget(List<Segment> segments, String language) {
        return profiles(segments, language, true);
    }

    private List<SegmentProfile> profiles(List<Segment> segments, String language, boolean translate) {
        Stopwords stopwords = Stopwords.forLanguage(language);
        // A token's keys depend on its text alone (and on the source keys, fixed by now), and a document
        // repeats its words: each distinct word is keyed once. Ids are still handed out in the order the
        // keys first occur, so they are the ids that keying every token afresh gives.
        Map<String, int[]> wordKeys = new HashMap<>();
        Map<String, int[]> numberKeys = new HashMap<>();
        List<SegmentProfile> profiles = new ArrayList<>(segments.size());
        int[][] keys = {new int[16]};
        int[] size = new int[1];
        for (Segment segment : segments) {
            size[0] = 0;
            tokenizer.scan(segment.text(), (surface, number, start, end) -> {
                Map<String, int[]> known = number ? numberKeys : wordKeys;
                int[] ofToken = known.get(surface);
                if (ofToken == null) {
                    ofToken = keysOf(new Token(surface, TextTokenizer.fold(surface),
                            number ? Token.Kind.NUMBER : Token.Kind.WORD, false), stopwords, translate);
                    known.put(surface, ofToken);
                }
                if (size[0] + ofToken.length > keys[0].length) {
                    keys[0] = Arrays.copyOf(keys[0], Math.max(keys[0].length * 2, size[0] + ofToken.length));
                }
                System.arraycopy(ofToken, 0, keys[0], size[0], ofToken.length);
                size[0] += ofToken.length;
            });
            List<String> marks = new ArrayList<>(2);
            addPunctuation(segment.text(), marks);
            int[] keyIds = Arrays.copyOf(keys[0], size[0] + marks.size());
            for (int k = 0; k < marks.size(); k++) {
                keyIds[size[0] + k] = id(marks.get(k));
            }
            profiles.add(profile(segment, keyIds));
        }
        return profiles;
    }

    /** The ids of one token's keys, in order: none, its key, or its key and its consonant skeleton. */
    private int[] keysOf(Token token, Stopwords stopwords, boolean translate) {
        String key = keyOf(token, stopwords);
        if (key == null) {
            return NO_KEYS;
        }
        if (translate && !token.isNumber() && !sourceKeys.contains(key)) {
            key = translated(token.folded(), key);
        }
        List<String> keys = new ArrayList<>(2);
        keys.add(key);
        addSkeleton(token, keys);
        int[] out = new int[keys.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = id(keys.get(k));
        }
        return out;
    }

    private int id(String key) {
        Integer id = ids.get(key);
        if (id == null) {
            id = ids.size();
            ids.put(key, id);
        }
        return id;
    }

    /**
     * A second key for a content word: its first consonants. Cognates often differ in their vowels
     * where their prefixes differ ({@code weapons}/{@code wapens}, {@code Ukraine}/{@code Oekraïne},
     * {@code civilians}/{@code civiele}). Tuned on dev data; BENCHMARKS.md, "Tuning notes".
     */
    private static void addSkeleton(Token token, List<String> keys) {
        String word = token.folded();
        if (token.isNumber() || word.length() < 4) {
            return;
        }
        StringBuilder consonants = new StringBuilder(SKELETON_LENGTH + 1).append('~');
        for (int i = 0; i < word.length() && consonants.length() <= SKELETON_LENGTH; i++) {
            char c = word.charAt(i);
            if (VOWELS.indexOf(c) < 0 && Character.isLetter(c)) {
                consonants.append(c);
            }
        }
        if (consonants.length() == SKELETON_LENGTH + 1) {
            keys.add(consonants.toString());
        }
    }

    private String translated(String folded, String ownKey) {
        for (String candidate : lexicon.sourceWordsFor(folded)) {
            String key = wordKey(candidate);
            if (sourceKeys.contains(key)) {
                return key;
            }
        }
        return ownKey;
    }

    private static SegmentProfile profile(Segment segment, int[] keyIds) {
        Arrays.sort(keyIds);
        return new SegmentProfile(segment.text().length(), segment.paragraph(), keyIds,
                SegmentProfile.sentences(segment.text()), SegmentProfile.endsOnWord(segment.text()),
                SegmentProfile.startsLowerCase(segment.text()), false);
    }

    /**
     * Keys for the punctuation that translations keep: quotation marks (of any style: English
     * {@code "…"}, Dutch {@code ‘…’}, French {@code «…»}), question and exclamation marks, brackets,
     * colons and percent signs. They are the only evidence short sentences without content words
     * have ({@code "So I'm you, I'm us."}). Tuned on dev data; BENCHMARKS.md, "Tuning notes".
     */
    private static void addPunctuation(String text, List<String> keys) {
        Set<String> marks = new java.util.TreeSet<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2018', '\u201A' -> marks.add("$quote");
                // ’ is also the apostrophe: a quote mark only where it does not sit between letters.
                case '\u2019' -> {
                    if (i == 0 || i == text.length() - 1 || !Character.isLetter(text.charAt(i - 1))
                            || !Character.isLetter(text.charAt(i + 1))) {
                        marks.add("$quote");
                    }
                }
                case '?' -> marks.add("$?");
                case '!' -> marks.add("$!");
                case '(', ')', '[', ']' -> marks.add("$(");
                case ':' -> marks.add("$:");
                case '%' -> marks.add("$%");
                default -> { }
            }
        }
        keys.addAll(marks);
    }

    /** Which keys stand for words, as opposed to numbers and consonant skeletons. */
    public boolean[] wordKeys() {
        boolean[] words = new boolean[ids.size()];
        ids.forEach((key, id) -> words[id] = !key.startsWith("#") && !key.startsWith("~") && !key.startsWith("$"));
        return words;
    }

    /** For each key that stands for a number, the number in canonical form; null for every other key. */
    public String[] numbers() {
        String[] numbers = new String[ids.size()];
        ids.forEach((key, id) -> numbers[id] = key.startsWith("#") ? key.substring(1) : null);
        return numbers;
    }

    /** How many distinct keys exist; key ids run from 0 to this number minus one. */
    public int vocabularySize() {
        return ids.size();
    }

    private String keyOf(Token token, Stopwords stopwords) {
        if (token.isNumber()) {
            return NumberNormalizer.normalize(token.surface()).map(n -> "#" + n).orElse(null);
        }
        String lower = token.surface().toLowerCase(java.util.Locale.ROOT);
        if (token.folded().length() < 2 || stopwords.contains(lower)) {
            return null;
        }
        return wordKey(token.folded());
    }

    /**
     * A word no longer than the prefix is its own key, marked as whole, so that it matches the same
     * word on the other side but not the prefix of a longer one: Dutch {@code alle} is not English
     * {@code allegations}. Tuned on dev data; BENCHMARKS.md, "Tuning notes".
     */
    private String wordKey(String folded) {
        if (folded.length() <= prefixLength) {
            return "=" + folded;
        }
        return folded.length() > prefixLength ? folded.substring(0, prefixLength) : folded;
    }
}
