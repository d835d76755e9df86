package org.tandem.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tandem.eval.ParallelCorpus.ParallelDocument;
import org.tandem.text.Stopwords;

/**
 * Drift that leaves no surface cue: each method returns the damaged translation, or {@code null}
 * when the sentence cannot take that damage. The damaged text still ends as the original ends, stays
 * in the target language and keeps its quotation marks balanced, so a flagger has to compare it with
 * its source to notice.
 */
final class CuelessDrift {
    private static final Pattern ENDING = Pattern.compile("[.!?…]+[\"'”’»)\\]]*$");
    private static final Pattern NAME_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}’'-]*\\p{L}(?:\\s+\\p{Lu}[\\p{L}’'-]*\\p{L})*(?![\\p{L}\\p{N}])");
    private static final Pattern QUOTES = Pattern.compile(
            "[\"“”„«»()\\[\\]]|(?<!\\p{L})[‘’']|[‘’'](?!\\p{L})");
    private static final Pattern PARENTHESIS = Pattern.compile(" \\([^()]{8,}\\)");
    private static final int MIN_WORDS = 6;
    private static final int MIN_CLAUSE_WORDS = 3;
    private static final int MIN_INSERTED_WORDS = 4;
    private static final int MAX_INSERTED_WORDS = 12;

    private final Map<String, Integer> numberWords;
    private final Map<Integer, String> wordOfNumber;
    private final Stopwords functionWords;

    CuelessDrift(String targetLanguage) {
        this.functionWords = Stopwords.functionWords(targetLanguage);
        this.numberWords = new LinkedHashMap<>();
        this.wordOfNumber = new LinkedHashMap<>();
        loadNumberWords(targetLanguage);
    }

    /**
     * Cuts the translation at a word boundary between two fifths and two thirds of its words (at a
     * comma in that range when there is one, half of the time; else after a word that is no function
     * word, where there is one) and closes it with its own final punctuation, so that it ends like a
     * complete sentence.
     */
    String cutOffWithStop(String translation, Random random) {
        Matcher ending = ENDING.matcher(translation);
        if (!ending.find()) {
            return null;
        }
        String body = translation.substring(0, ending.start());
        String[] words = body.split(" ");
        if (words.length < MIN_WORDS) {
            return null;
        }
        int low = Math.max(3, (int) Math.ceil(words.length * 0.4));
        int high = Math.min(words.length - 2, (int) Math.floor(words.length * 2 / 3.0));
        if (high < low) {
            return null;
        }
        List<Integer> commas = new ArrayList<>();
        List<Integer> contentWords = new ArrayList<>();
        for (int k = low; k <= high; k++) {
            if (words[k - 1].endsWith(",")) {
                commas.add(k);
            } else if (isContentWord(words[k - 1])) {
                contentWords.add(k);
            }
        }
        int keep = !commas.isEmpty() && (contentWords.isEmpty() || random.nextBoolean())
                ? commas.get(random.nextInt(commas.size()))
                : !contentWords.isEmpty() ? contentWords.get(random.nextInt(contentWords.size()))
                : low + random.nextInt(high - low + 1);
        String kept = String.join(" ", Arrays.copyOf(words, keep)).replaceAll("[,;:–—-]+$", "");
        return balanced(kept) + ending.group().replaceAll("[\"'”’»)\\]]", "");
    }

    /** Appends {@code clause} to the translation, before its final punctuation. */
    static String appendClause(String translation, String clause) {
        Matcher ending = ENDING.matcher(translation);
        if (!ending.find()) {
            return null;
        }
        String body = translation.substring(0, ending.start()).replaceAll("[,;:]+$", "");
        return body + ", " + clause + ending.group();
    }

    /**
     * Inserts {@code clause} inside the translation, set off by commas: after one of its own commas
     * when it has one, else after a word that is no function word, at least three words in and two
     * from the end.
     */
    String insertClause(String translation, String clause, Random random) {
        String[] words = translation.split(" ");
        if (words.length < MIN_WORDS) {
            return null;
        }
        List<Integer> afterComma = new ArrayList<>();
        List<Integer> afterWord = new ArrayList<>();
        for (int k = 3; k <= words.length - 2; k++) {
            String previous = words[k - 1];
            if (previous.endsWith(",")) {
                afterComma.add(k);
            } else if (previous.matches(".*\\p{L}") && !QUOTES.matcher(previous).find() && isContentWord(previous)) {
                afterWord.add(k);
            }
        }
        List<Integer> points = afterComma.isEmpty() ? afterWord : afterComma;
        if (points.isEmpty()) {
            return null;
        }
        int at = points.get(random.nextInt(points.size()));
        String before = String.join(" ", Arrays.copyOf(words, at));
        String after = String.join(" ", Arrays.copyOfRange(words, at, words.length));
        return before.endsWith(",") ? before + " " + clause + ", " + after
                : before + ", " + clause + ", " + after;
    }

    /**
     * A clause of a target sentence of another document: a stretch between its commas when one has
     * {@value #MIN_INSERTED_WORDS} to {@value #MAX_INSERTED_WORDS} words, else its closing words; never
     * one that ends on a function word, and without quotation marks or brackets.
     */
    String donorClause(ParallelDocument donor, Random random) {
        String sentence = donor.target().get(random.nextInt(donor.target().size()));
        String plain = QUOTES.matcher(sentence).replaceAll("").replaceAll("\\s+", " ").strip();
        plain = ENDING.matcher(plain).replaceAll("");
        List<String> pieces = new ArrayList<>();
        String[] commaPieces = plain.split(", ");
        for (int k = 1; k < commaPieces.length; k++) {
            int words = commaPieces[k].split(" ").length;
            if (words >= MIN_INSERTED_WORDS && words <= MAX_INSERTED_WORDS && endsOnContentWord(commaPieces[k])) {
                pieces.add(commaPieces[k]);
            }
        }
        String clause;
        if (!pieces.isEmpty()) {
            clause = pieces.get(random.nextInt(pieces.size()));
        } else {
            String[] words = plain.split(" ");
            if (words.length < MIN_INSERTED_WORDS + 1) {
                return null;
            }
            int length = Math.min(words.length - 1, MIN_INSERTED_WORDS + random.nextInt(5));
            clause = String.join(" ", Arrays.copyOfRange(words, words.length - length, words.length));
        }
        clause = clause.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        return clause.split(" ").length < MIN_INSERTED_WORDS || !endsOnContentWord(clause) ? null : clause;
    }

    /**
     * Leaves out one clause: a stretch between two commas, the stretch after the last comma, or a
     * parenthesis, of at least {@value #MIN_CLAUSE_WORDS} words, keeping at least four words.
     */
    static String dropClause(String translation, Random random) {
        List<String> options = new ArrayList<>();
        Matcher ending = ENDING.matcher(translation);
        int end = ending.find() ? ending.start() : translation.length();
        String body = translation.substring(0, end);
        String tail = translation.substring(end);
        List<Integer> commas = new ArrayList<>();
        for (int at = body.indexOf(", "); at >= 0; at = body.indexOf(", ", at + 1)) {
            commas.add(at);
        }
        for (int k = 0; k < commas.size(); k++) {
            int from = commas.get(k);
            int to = k + 1 < commas.size() ? commas.get(k + 1) : body.length();
            String dropped = body.substring(from + 2, to);
            if (words(dropped) >= MIN_CLAUSE_WORDS && !QUOTES.matcher(dropped).find()) {
                options.add(body.substring(0, from) + body.substring(to) + tail);
            }
        }
        Matcher parenthesis = PARENTHESIS.matcher(body);
        while (parenthesis.find()) {
            if (words(parenthesis.group()) >= MIN_CLAUSE_WORDS - 1) {
                options.add(body.substring(0, parenthesis.start()) + body.substring(parenthesis.end()) + tail);
            }
        }
        options.removeIf(option -> words(option) < 4);
        return options.isEmpty() ? null : options.get(random.nextInt(options.size()));
    }

    /**
     * Replaces a name the source also writes (a run of capitalised words past the first word) with
     * a name of another document that this document never mentions.
     */
    static String replaceName(String source, String translation, List<String> otherNames, String document,
                              Random random) {
        List<int[]> spans = sharedNames(source, translation);
        if (spans.isEmpty()) {
            return null;
        }
        List<String> candidates = otherNames.stream().filter(name -> !document.contains(name)).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String name = candidates.get(random.nextInt(candidates.size()));
        return translation.substring(0, span[0]) + name + translation.substring(span[1]);
    }

    /** Whether {@link #replaceName} has a name to replace. */
    static boolean hasSharedName(String source, String translation) {
        return !sharedNames(source, translation).isEmpty();
    }

    /** The names of these documents' pairs, each once, in corpus order: what {@link #replaceName} draws from. */
    static List<String> names(List<ParallelDocument> documents) {
        Set<String> names = new LinkedHashSet<>();
        for (ParallelDocument document : documents) {
            for (int k = 0; k < document.source().size(); k++) {
                String translation = document.target().get(k);
                for (int[] span : sharedNames(document.source().get(k), translation)) {
                    names.add(translation.substring(span[0], span[1]));
                }
            }
        }
        return List.copyOf(names);
    }

    private static List<int[]> sharedNames(String source, String translation) {
        List<int[]> spans = new ArrayList<>();
        Matcher run = NAME_RUN.matcher(translation);
        while (run.find()) {
            String name = run.group();
            boolean opensSentence = translation.substring(0, run.start()).strip().isEmpty();
            if (!opensSentence && name.length() >= 3 && containsWord(source, name)) {
                spans.add(new int[] {run.start(), run.end()});
            }
        }
        return spans;
    }

    /** Changes a number word (two to twelve, a ten, or a magnitude) into another of its kind. */
    String changeNumberWord(String translation, Random random) {
        List<int[]> spans = numberWordSpans(translation);
        if (spans.isEmpty()) {
            return null;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String word = translation.substring(span[0], span[1]);
        int value = numberWords.get(word.toLowerCase(Locale.ROOT));
        List<Integer> others = new ArrayList<>();
        for (int other : wordOfNumber.keySet()) {
            if (other != value && group(other) == group(value)) {
                others.add(other);
            }
        }
        String replacement = wordOfNumber.get(others.get(random.nextInt(others.size())));
        if (Character.isUpperCase(word.charAt(0))) {
            replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return translation.substring(0, span[0]) + replacement + translation.substring(span[1]);
    }

    boolean hasNumberWord(String translation) {
        return !numberWordSpans(translation).isEmpty();
    }

    private List<int[]> numberWordSpans(String translation) {
        List<int[]> spans = new ArrayList<>();
        Matcher word = Pattern.compile("\\p{L}+").matcher(translation);
        while (word.find()) {
            if (numberWords.containsKey(word.group().toLowerCase(Locale.ROOT))) {
                spans.add(new int[] {word.start(), word.end()});
            }
        }
        return spans;
    }

    /** Two to twelve, thirteen to nineteen, the tens, the magnitudes: a changed word stays in its group. */
    private static int group(int value) {
        if (value <= 12) {
            return 0;
        }
        if (value < 20) {
            return 1;
        }
        return value < 100 ? 2 : 3;
    }

    /**
     * The cardinal number words of {@code org/tandem/flag/number-words-L.txt}: for each integer value
     * of two or more, its first word (the cardinal; ordinals and multiples follow it in the file).
     * One is left out, since the same word is the indefinite article in many languages.
     */
    private void loadNumberWords(String language) {
        String name = "/org/tandem/flag/number-words-" + language.toLowerCase(Locale.ROOT) + ".txt";
        try (InputStream in = CuelessDrift.class.getResourceAsStream(name)) {
            if (in == null) {
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int eq = line.indexOf('=');
                if (line.startsWith("#") || eq < 0) {
                    continue;
                }
                String word = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(eq + 1).strip();
                if (!value.matches("\\d{1,10}")) {
                    continue;
                }
                long number = Long.parseLong(value);
                if (number >= 2 && number <= Integer.MAX_VALUE && !wordOfNumber.containsKey((int) number)) {
                    wordOfNumber.put((int) number, word);
                    numberWords.put(word, (int) number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isContentWord(String word) {
        String bare = word.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
        return !bare.isEmpty() && !functionWords.contains(bare);
    }

    private boolean endsOnContentWord(String text) {
        String[] words = text.strip().split("\\s+");
        return isContentWord(words[words.length - 1]);
    }

    private static boolean containsWord(String text, String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])")
                .matcher(text).find();
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** Drops a trailing unmatched opening quotation mark or bracket, so that the cut text stays balanced. */
    private static String balanced(String text) {
        String result = text;
        if (count(result, '(') > count(result, ')')) {
            result = result.replace("(", "");
        }
        if (count(result, '"') % 2 == 1) {
            result = result.replace("\"", "");
        }
        if (count(result, '“') > count(result, '”')) {
            result = result.replace("“", "");
        }
        if (count(result, '„') > count(result, '”') + count(result, '“')) {
            result = result.replace("„", "");
        }
        return result;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
