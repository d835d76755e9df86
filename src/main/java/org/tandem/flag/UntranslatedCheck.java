package org.tandem.flag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tandem.text.Stopwords;
import org.tandem.text.Token;
import org.tandem.text.TokenizedText;

/**
 * Flags target text written in the source language, by its function words: every language has a
 * few hundred, they make up a large share of any running text, and two languages share few of them.
 * Words on both lists prove nothing and are skipped.
 */
final class UntranslatedCheck implements BeadCheck {
    private static final String OPENING_QUOTES = "‘“„«‹";
    private static final String CLOSING_QUOTES = "’”»›";
    private static final String STRAIGHT_QUOTES = "\"'";
    /**
     * Text in no language: Markdown link targets, markup tags, code between backticks, web and e-mail
     * addresses, and hyphenated compounds.
     */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "\\]\\([^)\\s]*\\)|<[^>\\n]*>|`[^`\\n]*`|(?:https?://|www\\.)[^\\s)\\]>\"]+"
                    + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\p{L}+(?:-\\p{L}+)+");

    private final Stopwords sourceStopwords;
    private final Stopwords targetStopwords;
    private final String sourceLanguage;

    UntranslatedCheck(String sourceLanguage, String targetLanguage) {
        this.sourceLanguage = sourceLanguage;
        this.sourceStopwords = Stopwords.functionWords(sourceLanguage);
        this.targetStopwords = Stopwords.functionWords(targetLanguage);
    }

    @Override
    public Optional<Flag> check(BeadContext bead) {
        if (!sourceStopwords.isKnown() || !targetStopwords.isKnown()
                || sourceLanguage.equalsIgnoreCase(bead.document().targetLanguage())) {
            return Optional.empty();
        }
        String text = bead.targetText();
        TokenizedText target = bead.targetTokens();
        List<Token> tokens = target.tokens();
        List<int[]> offsets = new ArrayList<>(target.size());
        for (int k = 0; k < target.size(); k++) {
            offsets.add(new int[] {target.start(k), target.end(k)});
        }
        boolean[] silent = notProse(text, offsets);
        markSharedTitles(tokens, silent, bead.sourceTokens());
        int[] votes = new int[tokens.size()];
        int sourceWords = 0;
        int targetWords = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (silent[k]) {
                continue;
            }
            String lower = tokens.get(k).surface().toLowerCase(Locale.ROOT);
            boolean inSource = sourceStopwords.contains(lower);
            boolean inTarget = targetStopwords.contains(lower);
            votes[k] = inSource && !inTarget ? 1 : inTarget && !inSource ? -1 : 0;
            sourceWords += votes[k] > 0 ? 1 : 0;
            targetWords += votes[k] < 0 ? 1 : 0;
        }
        UntranslatedTuning tuning = bead.document().tuning().untranslated();
        Run run = strongestRun(votes);
        if (run.sourceWords() < tuning.minSourceWords() || run.score() < tuning.minRunScore()) {
            return Optional.empty();
        }
        double share = sourceWords / (double) Math.max(1, sourceWords + targetWords);
        if (share <= tuning.mostly() && insideQuotation(text, offsets.get(run.from())[0], offsets.get(run.to() - 1)[1])) {
            return Optional.empty();
        }
        StringBuilder passage = new StringBuilder();
        for (int k = run.from(); k < run.to(); k++) {
            if (!silent[k]) {
                passage.append(passage.length() == 0 ? "" : " ").append(tokens.get(k).surface());
            }
        }
        String extent = share > tuning.mostly() ? "the target is" : "part of the target is";
        return Optional.of(new Flag(FlagKind.UNTRANSLATED, String.format(Locale.ROOT,
                "%s still in the source language (%s): \"%s\"", extent, sourceLanguage, abbreviate(passage.toString()))));
    }

    /**
     * Per token, whether it lies in text that is in no language: a web or e-mail address, a Markdown
     * link target, markup, code between backticks, or a hyphenated compound ({@code up-to-date},
     * {@code state-of-the-art}), which a language borrows whole as one word of its own.
     */
    static boolean[] notProse(String text, List<int[]> offsets) {
        boolean[] silent = new boolean[offsets.size()];
        if (surelyProse(text)) {
            return silent;
        }
        Matcher matcher = NOT_PROSE.matcher(text);
        int k = 0;
        while (matcher.find()) {
            while (k < offsets.size() && offsets.get(k)[1] <= matcher.start()) {
                k++;
            }
            for (int t = k; t < offsets.size() && offsets.get(t)[0] < matcher.end(); t++) {
                silent[t] = true;
            }
        }
        return silent;
    }

    /**
     * Whether {@link #NOT_PROSE} surely finds nothing: each of its forms needs one of these characters
     * ({@code ]}, {@code <}, a backtick, {@code /} or {@code .} of an address, {@code @}, a hyphen),
     * and most sentences have none, while the pattern is otherwise tried at every letter.
     */
    private static boolean surelyProse(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ']', '<', '`', '@', '-', '/' -> {
                    return false;
                }
                case 'w', 'W' -> {
                    if (text.startsWith("www.", i)) {
                        return false;
                    }
                }
                default -> { }
            }
        }
        return true;
    }

    /**
     * Silences the function words of a title or name that the source writes too: a stretch of
     * capitalised words with only function words between them ({@code Newport on the Levee},
     * {@code I'm A Celebrity}, {@code The Shape of Open Source}), holding a capitalised word that is
     * neither a function word nor the segment's first. Such a stretch names something; the
     * translator keeps it, the source shows it verbatim, and it says nothing of the sentence around it.
     */
    private void markSharedTitles(List<Token> tokens, boolean[] silent, TokenizedText sourceText) {
        String source = " " + String.join(" ", foldedWords(sourceText)) + " ";
        int k = 0;
        while (k < tokens.size()) {
            if (!tokens.get(k).isCapitalized() || silent[k]) {
                k++;
                continue;
            }
            int end = k + 1;
            int lastCapital = k;
            while (end < tokens.size() && !silent[end] && (tokens.get(end).isCapitalized()
                    || sourceStopwords.contains(tokens.get(end).surface().toLowerCase(Locale.ROOT)))) {
                if (tokens.get(end).isCapitalized()) {
                    lastCapital = end;
                }
                end++;
            }
            if (isTitle(tokens, k, lastCapital + 1)) {
                StringBuilder words = new StringBuilder(" ");
                for (int t = k; t <= lastCapital; t++) {
                    words.append(tokens.get(t).folded()).append(' ');
                }
                if (source.contains(words)) {
                    for (int t = k; t <= lastCapital; t++) {
                        silent[t] = true;
                    }
                }
            }
            k = lastCapital + 1;
        }
    }

    private boolean isTitle(List<Token> tokens, int from, int to) {
        int capitals = 0;
        boolean named = false;
        for (int t = from; t < to; t++) {
            Token token = tokens.get(t);
            if (token.isCapitalized()) {
                capitals++;
                named |= t > 0 && !sourceStopwords.contains(token.surface().toLowerCase(Locale.ROOT));
            }
        }
        return capitals >= 2 && named;
    }

    private static List<String> foldedWords(TokenizedText text) {
        List<String> words = new ArrayList<>(text.size());
        for (Token token : text.tokens()) {
            words.add(token.folded());
        }
        return words;
    }

    /** A stretch of tokens and how strongly its function words vote for the source language. */
    private record Run(int from, int to, int score, int sourceWords) {
    }

    /**
     * The stretch of the target whose function words lean most towards the source language (the
     * maximum-sum subarray of +1/-1 votes): a whole sentence left untranslated, or a clause in the
     * source language appended to a translated one.
     */
    private static Run strongestRun(int[] votes) {
        Run best = new Run(0, 0, 0, 0);
        int start = 0;
        int sum = 0;
        int sourceWords = 0;
        for (int k = 0; k < votes.length; k++) {
            if (sum <= 0) {
                start = k;
                sum = 0;
                sourceWords = 0;
            }
            sum += votes[k];
            sourceWords += votes[k] > 0 ? 1 : 0;
            if (sum > best.score()) {
                best = new Run(start, k + 1, sum, sourceWords);
            }
        }
        return best;
    }

    /**
     * Whether the run sits between quotation marks: a book title or a quotation kept in the original
     * language ("auteur van ‘Just the Funny Parts’") is a translator's choice, not a lapse.
     */
    private static boolean insideQuotation(String text, int start, int end) {
        int opening = -1;
        for (int i = start - 1; i >= 0 && opening < 0; i--) {
            char c = text.charAt(i);
            if (OPENING_QUOTES.indexOf(c) >= 0 || (STRAIGHT_QUOTES.indexOf(c) >= 0 && (i == 0 || !Character.isLetter(text.charAt(i - 1))))) {
                opening = i;
            } else if (CLOSING_QUOTES.indexOf(c) >= 0) {
                return false;
            }
        }
        if (opening < 0) {
            return false;
        }
        for (int i = end; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CLOSING_QUOTES.indexOf(c) >= 0 || STRAIGHT_QUOTES.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String passage) {
        return passage.length() <= 80 ? passage : passage.substring(0, 77) + "...";
    }
}
