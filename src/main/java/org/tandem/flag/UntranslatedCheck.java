package org.tandem.flag;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.tandem.text.Stopwords;
import org.tandem.text.TextTokenizer;
import org.tandem.text.Token;

/**
 * Flags target text written in the source language, by its function words: every language has a
 * few hundred, they make up a large share of any running text, and two languages share few of them.
 * Words on both lists prove nothing and are skipped.
 */
final class UntranslatedCheck implements BeadCheck {
    private static final String OPENING_QUOTES = "‘“„«‹";
    private static final String CLOSING_QUOTES = "’”»›";
    private static final String STRAIGHT_QUOTES = "\"'";

    private final TextTokenizer tokenizer = new TextTokenizer();
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
        List<Token> tokens = tokenizer.tokenize(bead.targetText());
        int[] votes = new int[tokens.size()];
        int sourceWords = 0;
        int targetWords = 0;
        for (int k = 0; k < tokens.size(); k++) {
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
        if (share <= tuning.mostly() && insideQuotation(bead.targetText(), tokens, run)) {
            return Optional.empty();
        }
        String passage = tokens.subList(run.from(), run.to()).stream().map(Token::surface)
                .collect(java.util.stream.Collectors.joining(" "));
        String extent = share > tuning.mostly() ? "the target is" : "part of the target is";
        return Optional.of(new Flag(FlagKind.UNTRANSLATED, String.format(Locale.ROOT,
                "%s still in the source language (%s): \"%s\"", extent, sourceLanguage, abbreviate(passage))));
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
    private static boolean insideQuotation(String text, List<Token> tokens, Run run) {
        int from = 0;
        int start = -1;
        int end = -1;
        for (int k = 0; k < run.to(); k++) {
            int at = text.indexOf(tokens.get(k).surface(), from);
            if (at < 0) {
                return false;
            }
            from = at + tokens.get(k).surface().length();
            if (k == run.from()) {
                start = at;
            }
            end = from;
        }
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
