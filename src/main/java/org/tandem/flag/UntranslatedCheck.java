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
    private static final int MIN_SOURCE_WORDS = 3;
    private static final int MIN_RUN_SCORE = 3;

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
        Run run = strongestRun(votes);
        if (run.sourceWords() < MIN_SOURCE_WORDS || run.score() < MIN_RUN_SCORE) {
            return Optional.empty();
        }
        double share = sourceWords / (double) Math.max(1, sourceWords + targetWords);
        String passage = tokens.subList(run.from(), run.to()).stream().map(Token::surface)
                .collect(java.util.stream.Collectors.joining(" "));
        String extent = share > 0.8 ? "the target is" : "part of the target is";
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

    private static String abbreviate(String passage) {
        return passage.length() <= 80 ? passage : passage.substring(0, 77) + "...";
    }
}
