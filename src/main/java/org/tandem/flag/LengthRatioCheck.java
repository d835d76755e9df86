package org.tandem.flag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tandem.align.Bead;
import org.tandem.text.Stopwords;
import org.tandem.text.TextTokenizer;
import org.tandem.wordalign.WordAlignment;
import org.tandem.wordalign.WordAlignments;

/**
 * Flags a bead whose target length is far from what the document's own length ratio predicts, in
 * units of the document's own length variance: a translation cut short or padded out.
 *
 * <p>A target that stops mid-sentence (the source ends a sentence, the target has no closing
 * punctuation) and is clearly short is flagged at a lower deviation: the missing full stop is the
 * second piece of evidence that text was lost, typical of web copies cut off by a page template.
 * Where the target breaks off after a comma or a function word ({@code …voor een}), or carries
 * on past its last full stop into a passage that never ends, no length evidence is needed. A headline
 * has no full stop to miss, but one whose translation ends on a function word was cut off too.
 *
 * <p>The word alignment inside the bead, where there is one, vetoes what length alone suggests: a
 * target whose last words translate the source's last words did not break off (Dutch ends many a
 * sentence on a particle, {@code …trekt het verkeerde publiek aan}), and a pair whose words all have
 * their counterpart, as well as this document's faithful pairs' do, is longer or shorter by style
 * (legal Dutch, a gloss in parentheses), not by a lost or added clause.
 */
final class LengthRatioCheck implements BeadCheck {
    private static final String SENTENCE_END = ".!?…\"”’'»)";
    /** A target may close a complete sentence with a colon that opens what follows (a list, a quotation). */
    private static final String TARGET_SENTENCE_END = SENTENCE_END + ":";
    private final double faithfulCoverage;

    /** A check with no document statistics: only a pair with every content word covered is vouched for. */
    LengthRatioCheck() {
        this(1.0);
    }

    private LengthRatioCheck(double faithfulCoverage) {
        this.faithfulCoverage = faithfulCoverage;
    }

    /**
     * The check for one document: how well its confident pairs are covered (the lower quartile over
     * both sides, each pair aligned with the half of the word table that did not learn from it) sets how
     * well a pair must be covered for its words to vouch for its length.
     */
    static LengthRatioCheck forDocument(List<Bead> beads, WordAlignments words, LengthTuning tuning) {
        List<Double> coverage = new ArrayList<>();
        for (int k = 0; k < beads.size(); k++) {
            WordAlignment alignment = words.get(k);
            if (alignment != null && words.isConfident(k)) {
                coverage.add(alignment.contentCoverage());
            }
        }
        if (coverage.size() < tuning.minCoverageSample()) {
            return new LengthRatioCheck();
        }
        double[] sorted = coverage.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new LengthRatioCheck(sorted[(int) Math.floor(tuning.faithfulCoverageQuantile() * (sorted.length - 1))]);
    }

    @Override
    public Optional<Flag> check(BeadContext bead) {
        double deviation = bead.evidence().lengthDeviation();
        String source = bead.sourceText().strip();
        String target = bead.targetText().strip();
        int ls = source.length();
        int lt = target.length();
        LengthTuning tuning = bead.document().tuning().length();
        if (Math.max(ls, lt) < tuning.minChars() || ls == 0 || lt == 0) {
            return Optional.empty();
        }
        double expected = ls * bead.document().parameters().charRatio();
        boolean unfinished = endsSentence(source) && !endsSentence(target, TARGET_SENTENCE_END);
        WordAlignment words = bead.words();
        boolean reachesEnd = words != null && reachesSourceEnd(words, tuning.tailWords());
        char lastTarget = target.charAt(target.length() - 1);
        if (!reachesEnd && !unfinished && BREAKS.indexOf(lastTarget) >= 0 && source.charAt(source.length() - 1) != lastTarget
                && deviation < 0) {
            return Optional.of(new Flag(FlagKind.LENGTH_RATIO, String.format(Locale.ROOT,
                    "target breaks off after \"%s\": %d characters where about %.0f are expected",
                    danglingEnd(target, bead.document().targetLanguage()).orElse(""), lt, expected)));
        }
        if (unfinished) {
            Optional<String> tail = unfinishedTail(target);
            if (tail.isPresent() && !echoesSource(tail.get(), source)) {
                return Optional.of(new Flag(FlagKind.LENGTH_RATIO, String.format(Locale.ROOT,
                        "target runs on past its last sentence into an unfinished passage: \"%s\"", tail.get())));
            }
        }
        boolean bareHeadline = Character.isLetterOrDigit(source.charAt(ls - 1))
                && danglingEnd(source, bead.document().sourceLanguage()).isEmpty() && !endsSentence(target);
        if (!reachesEnd && (unfinished || bareHeadline)) {
            Optional<String> dangling = danglingEnd(target, bead.document().targetLanguage());
            if (dangling.isPresent() && deviation < 0) {
                return Optional.of(new Flag(FlagKind.LENGTH_RATIO, String.format(Locale.ROOT,
                        "target breaks off after \"%s\": %d characters where about %.0f are expected",
                        dangling.get(), lt, expected)));
            }
        }
        if (!reachesEnd && unfinished && deviation <= -tuning.maxDeviationWhenUnfinished()) {
            return Optional.of(new Flag(FlagKind.LENGTH_RATIO, String.format(Locale.ROOT,
                    "target stops mid-sentence: %d characters where about %.0f are expected, and no closing punctuation",
                    lt, expected)));
        }
        return lengthAlone(bead, deviation, lt, expected, words);
    }

    /** The flag that length alone earns, unless the word alignment or a gloss explains the length. */
    private Optional<Flag> lengthAlone(BeadContext bead, double deviation, int lt, double expected,
                                       WordAlignment words) {
        double adjusted = deviation;
        int glosses = glossLength(bead.targetText(), bead.sourceText());
        if (glosses > 0 && deviation > 0 && lt > expected) {
            adjusted = deviation * Math.max(0, lt - glosses - expected) / (lt - expected);
        }
        if (Math.abs(adjusted) < maxDeviation(bead.document().pairs(), bead.document().tuning().length().maxDeviation())
                || (words != null && fullyCovered(words, bead.document().tuning().length().lostRun()))) {
            return Optional.empty();
        }
        String direction = deviation < 0 ? "shorter" : "longer";
        return Optional.of(new Flag(FlagKind.LENGTH_RATIO, String.format(Locale.ROOT,
                "target is %d characters where about %.0f are expected (%.1f standard deviations %s than this document's ratio)",
                lt, expected, Math.abs(deviation), direction)));
    }

    /**
     * The deviation beyond which length alone is worth a flag: {@link LengthTuning#maxDeviation} for a document with
     * many pairs, more for a short one. The deviation is measured with a variance estimated from the
     * document's own 1-1 pairs; from a dozen pairs that estimate is rough, and the deviation then
     * follows Student's t rather than the normal distribution. The threshold is the t quantile with
     * the same tail, by the first Cornish–Fisher term {@code z + (z³ + z) / 4ν}: 3.5 for 16 pairs,
     * 3.08 for 100. Measured on damaged NTREX (documents of about 16 pairs), default run: drift
     * precision 0.902 to 0.927 at the same recall (0.871 to 0.902 with the batch lexicon), and 8 drift
     * flags instead of 10 on the clean documents.
     */
    static double maxDeviation(int pairs) {
        return maxDeviation(pairs, LengthTuning.defaults().maxDeviation());
    }

    static double maxDeviation(int pairs, double z) {
        int degreesOfFreedom = Math.max(1, pairs - 1);
        return z + (z * z * z + z) / (4.0 * degreesOfFreedom);
    }

    /**
     * Whether the target translates the end of the source: of the source's last {@code tailWords}
     * content words, all but one have a counterpart. A translation that breaks off loses them.
     */
    static boolean reachesSourceEnd(WordAlignment words, int tailWords) {
        int seen = 0;
        int covered = 0;
        for (int i = words.source().size() - 1; i >= 0 && seen < tailWords; i--) {
            if (words.source().get(i).content()) {
                seen++;
                covered += words.sourceCovered(i) ? 1 : 0;
            }
        }
        return seen == tailWords && covered >= tailWords - 1;
    }

    /**
     * Whether both sides are covered within the usual range of this document's faithful pairs, with no uncovered
     * run of {@link LengthTuning#lostRun} content words on either: nothing lost, nothing added.
     */
    private boolean fullyCovered(WordAlignment words, int lostRun) {
        return words.sourceCoverage() >= faithfulCoverage && words.targetCoverage() >= faithfulCoverage
                && WordAlignment.longest(words.uncoveredSourceRuns()) < lostRun
                && WordAlignment.longest(words.uncoveredTargetRuns()) < lostRun;
    }

    /**
     * Characters of the target in parentheses that only repeat source words, such as the original term
     * beside its translation ({@code opgeslagen ('committed')}): a gloss, not a lengthier translation.
     */
    static int glossLength(String target, String source) {
        Set<String> sourceWords = words(source);
        int total = 0;
        Matcher matcher = PARENTHESES.matcher(target);
        while (matcher.find()) {
            Set<String> inside = words(matcher.group(1));
            if (!inside.isEmpty() && sourceWords.containsAll(inside)
                    && !source.contains(matcher.group())) {
                total += matcher.end() - matcher.start() + 1;
            }
        }
        return total;
    }

    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]{1,80})\\)");

    /**
     * The passage after the target's last sentence end, when there is one of at least two words: a
     * full stop, question or exclamation mark after a word of three letters or more (so not
     * {@code Dr.}), then a space and a capital or an opening quote.
     */
    static Optional<String> unfinishedTail(String target) {
        Matcher matcher = SENTENCE_BREAK.matcher(target);
        int tailStart = -1;
        while (matcher.find()) {
            tailStart = matcher.end();
        }
        if (tailStart < 0) {
            return Optional.empty();
        }
        String tail = target.substring(tailStart).strip();
        return WHITE_SPACE.split(tail).length >= 2 ? Optional.of(tail) : Optional.empty();
    }

    /**
     * Whether a run-on passage shares two or more words of four letters or more with the source: then
     * it translates the source's own last sentence and only its full stop is missing, where an
     * appended clause from elsewhere shares nothing.
     */
    static boolean echoesSource(String passage, String source) {
        Set<String> sourceWords = words(source);
        return words(passage).stream().filter(sourceWords::contains).limit(2).count() >= 2;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : NOT_WORD.split(text)) {
            if (word.length() >= 4) {
                words.add(TextTokenizer.fold(word));
            }
        }
        return words;
    }

    /**
     * The last word when the target ends on a comma, semicolon or dash, or on a function word of its
     * language. Not a colon: a translation may move the sentence that a colon introduces into a
     * segment of its own.
     */
    static Optional<String> danglingEnd(String target, String language) {
        char last = target.charAt(target.length() - 1);
        String[] words = SPACE_OR_PUNCTUATION.split(target);
        String lastWord = words.length == 0 ? "" : words[words.length - 1];
        if (BREAKS.indexOf(last) >= 0) {
            return Optional.of(lastWord + last);
        }
        if (!lastWord.isEmpty() && Stopwords.forLanguage(language).contains(lastWord.toLowerCase(Locale.ROOT))) {
            return Optional.of(lastWord);
        }
        return Optional.empty();
    }

    private static final String BREAKS = ",;-–—";
    // Compiled once: String.split compiles a pattern of more than one character on every call.
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACE_OR_PUNCTUATION = Pattern.compile("[\\s\\p{Punct}]+");

    private static final Pattern SENTENCE_BREAK =
            Pattern.compile("(?<=[\\p{L}\\d]{3}|[\"”’'»)])[.!?][\"”’'»)]?\\s+(?=[\\p{Lu}\"“‘„«'])");

    private static boolean endsSentence(String text) {
        return endsSentence(text, SENTENCE_END);
    }

    private static boolean endsSentence(String text, String ends) {
        return !text.isEmpty() && ends.indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
