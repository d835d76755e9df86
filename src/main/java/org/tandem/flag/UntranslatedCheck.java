package org.tandem.flag;

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
    private static final double MIN_SHARE = 0.4;

    private final TextTokenizer tokenizer = new TextTokenizer();
    private final Stopwords sourceStopwords;
    private final Stopwords targetStopwords;
    private final String sourceLanguage;

    UntranslatedCheck(String sourceLanguage, String targetLanguage) {
        this.sourceLanguage = sourceLanguage;
        this.sourceStopwords = Stopwords.forLanguage(sourceLanguage);
        this.targetStopwords = Stopwords.forLanguage(targetLanguage);
    }

    @Override
    public Optional<Flag> check(BeadContext bead) {
        if (!sourceStopwords.isKnown() || !targetStopwords.isKnown()
                || sourceLanguage.equalsIgnoreCase(bead.document().targetLanguage())) {
            return Optional.empty();
        }
        int sourceWords = 0;
        int targetWords = 0;
        for (Token token : tokenizer.tokenize(bead.targetText())) {
            String lower = token.surface().toLowerCase(Locale.ROOT);
            boolean inSource = sourceStopwords.contains(lower);
            boolean inTarget = targetStopwords.contains(lower);
            if (inSource && !inTarget) {
                sourceWords++;
            } else if (inTarget && !inSource) {
                targetWords++;
            }
        }
        double share = sourceWords / (double) Math.max(1, sourceWords + targetWords);
        if (sourceWords < MIN_SOURCE_WORDS || share < MIN_SHARE) {
            return Optional.empty();
        }
        String extent = share > 0.8 ? "the target is" : "part of the target is";
        return Optional.of(new Flag(FlagKind.UNTRANSLATED, String.format(Locale.ROOT,
                "%s still in the source language (%d of its %d function words are %s)",
                extent, sourceWords, sourceWords + targetWords, sourceLanguage)));
    }
}
