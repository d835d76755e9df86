package org.tandem.flag;

import java.util.ArrayList;
import java.util.List;

import org.tandem.wordalign.WordAlignment;
import org.tandem.wordalign.WordToken;

/**
 * Names on one side of a bead whose place on the other side, by the word alignment, holds a different
 * name: {@code in New York} translated as {@code in Lewis Hamilton}. A name that merely goes missing is
 * {@link NameCheck}'s other test; this one needs a name on both sides, neither with a counterpart on the
 * other, standing where the alignment puts each other's place.
 *
 * <p>Acronyms are left out ({@link #acronym}). A translated name the lexicon does not know ({@code Supreme Court} / {@code Hooggerechtshof}) also
 * leaves two unmatched names in one place. So one of the two names must be one the documents keep as
 * written: the other document writes it elsewhere. A name changed into one the document never uses, for
 * a name it never keeps, is not told from a translation and is not flagged.
 */
final class SwappedNames {
    /** Tokens either side of the projected place that still count as the place: alignments are rough at the edges. */
    private static final int MARGIN = 1;

    /** One name on each side, at each other's place. */
    record Swap(String source, String target, Span sourceSpan, Span targetSpan) {
    }

    /** A run of consecutive name tokens of one side, and whether any of them has a counterpart. */
    private record NameRun(int first, int last, boolean matched, boolean covered) {
    }

    private SwappedNames() {
    }

    /**
     * @param minCoverage least share of content words with a counterpart, on each side, for the alignment
     *                    to say where a name's place is ({@link NameTuning#swapCoverage}): below it the bead
     *                    is more likely two unrelated sentences than one changed name
     */
    static List<Swap> find(WordAlignment words, String sourceText, String targetText, NameIndex sourceDocument,
                           NameIndex targetDocument, double minCoverage) {
        List<NameRun> sourceRuns = runs(words, true, sourceText);
        List<NameRun> targetRuns = runs(words, false, targetText);
        List<Swap> swaps = new ArrayList<>();
        if (sourceRuns.isEmpty() || targetRuns.isEmpty() || words.sourceCoverage() < minCoverage
                || words.targetCoverage() < minCoverage) {
            return swaps;
        }
        boolean[] sourceTaken = new boolean[sourceRuns.size()];
        boolean[] targetTaken = new boolean[targetRuns.size()];
        for (int pass = 0; pass < 2; pass++) {
            boolean fromTarget = pass == 0;
            List<NameRun> from = fromTarget ? targetRuns : sourceRuns;
            List<NameRun> to = fromTarget ? sourceRuns : targetRuns;
            boolean[] fromTaken = fromTarget ? targetTaken : sourceTaken;
            boolean[] toTaken = fromTarget ? sourceTaken : targetTaken;
            for (int r = 0; r < from.size(); r++) {
                NameRun run = from.get(r);
                if (fromTaken[r] || run.matched() || run.covered()
                        || writtenOn(fromTarget ? words.target() : words.source(), run,
                                fromTarget ? words.source() : words.target())) {
                    continue;
                }
                int chosen = atPlace(words, run, !fromTarget, to, toTaken);
                if (chosen < 0) {
                    continue;
                }
                NameRun source = fromTarget ? to.get(chosen) : run;
                NameRun target = fromTarget ? run : to.get(chosen);
                String sourceName = text(words.source(), source, sourceText);
                String targetName = text(words.target(), target, targetText);
                if (acronym(words.source(), source) || acronym(words.target(), target)
                        || alike(words, source, target) || !kept(words, source, target, sourceDocument, targetDocument)) {
                    continue;
                }
                fromTaken[r] = true;
                toTaken[chosen] = true;
                swaps.add(new Swap(sourceName, targetName,
                        new Span(Span.Side.SOURCE, words.source().get(source.first()).start(),
                                words.source().get(source.last()).end()),
                        new Span(Span.Side.TARGET, words.target().get(target.first()).start(),
                                words.target().get(target.last()).end())));
            }
        }
        swaps.sort(java.util.Comparator.comparingInt(swap -> swap.sourceSpan().start()));
        return swaps;
    }

    /**
     * The unmatched name run of the other side that stands where the word alignment puts {@code run}: the
     * stretch between the counterparts of the nearest aligned words before and after it, or the tokens
     * its own weak links point to; -1 when none does.
     */
    private static int atPlace(WordAlignment words, NameRun run, boolean runIsSource, List<NameRun> others,
                               boolean[] taken) {
        List<WordToken> own = runIsSource ? words.source() : words.target();
        int otherSize = runIsSource ? words.target().size() : words.source().size();
        int before = -1;
        for (int k = run.first() - 1; k >= 0 && before < 0; k--) {
            before = anchor(words, k, runIsSource);
        }
        int after = -1;
        for (int k = run.last() + 1; k < own.size() && after < 0; k++) {
            after = anchor(words, k, runIsSource);
        }
        int length = run.last() - run.first() + 1;
        int low;
        int high;
        if (before >= 0 && after >= 0) {
            low = Math.min(before, after);
            high = Math.max(before, after);
        } else if (before >= 0) {
            low = before;
            high = before + length + 1;
        } else if (after >= 0) {
            low = after - length - 1;
            high = after;
        } else {
            low = 0;
            high = otherSize - 1;
        }
        low -= MARGIN;
        high += MARGIN;
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        double centre = (low + high) / 2.0;
        for (int o = 0; o < others.size(); o++) {
            NameRun other = others.get(o);
            List<WordToken> otherTokens = runIsSource ? words.target() : words.source();
            if (taken[o] || other.matched() || !leftOver(otherTokens, other, own)) {
                continue;
            }
            boolean linked = false;
            for (int k = run.first(); k <= run.last(); k++) {
                int partner = runIsSource ? words.bestTargetFor(k) : words.bestSourceFor(k);
                linked |= partner >= other.first() && partner <= other.last();
            }
            boolean inside = other.last() >= low && other.first() <= high;
            if (!linked && !inside) {
                continue;
            }
            double distance = linked ? -1 : Math.abs((other.first() + other.last()) / 2.0 - centre);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = o;
            }
        }
        return best;
    }

    /** The other side's token that own token {@code k} has a counterpart in, or -1. */
    private static int anchor(WordAlignment words, int k, boolean ownIsSource) {
        boolean covered = ownIsSource ? words.sourceCovered(k) : words.targetCovered(k);
        if (!covered) {
            return -1;
        }
        int partner = ownIsSource ? words.bestTargetFor(k) : words.bestSourceFor(k);
        if (partner < 0) {
            return -1;
        }
        return (ownIsSource ? words.targetCovered(partner) : words.sourceCovered(partner)) ? partner : -1;
    }

    /**
     * The side's runs of name tokens: capitalised content words that do not open a sentence, and
     * acronyms. A run is matched when one of its tokens is linked to a counterpart, covered when one of
     * them has a counterpart anywhere (a repeated name the alignment linked only once).
     */
    private static List<NameRun> runs(WordAlignment words, boolean source, String text) {
        List<WordToken> tokens = source ? words.source() : words.target();
        List<NameRun> runs = new ArrayList<>();
        int first = -1;
        for (int k = 0; k <= tokens.size(); k++) {
            boolean name = k < tokens.size() && isName(tokens.get(k), text);
            if (name && first < 0) {
                first = k;
            }
            if (!name && first >= 0) {
                int last = k - 1;
                boolean matched = false;
                boolean covered = false;
                for (int t = first; t <= last; t++) {
                    covered |= source ? words.sourceCovered(t) : words.targetCovered(t);
                    matched |= anchor(words, t, source) >= 0;
                }
                runs.add(new NameRun(first, last, matched, covered));
                first = -1;
            }
        }
        return runs;
    }

    private static boolean isName(WordToken token, String text) {
        return token.name() && token.content() && !token.number() && !NameExtractor.opensSentence(text, token.start());
    }

    /**
     * Whether the run holds an acronym ({@code UK}, {@code NYC}): acronyms are abbreviated and translated
     * freely ({@code UK}/{@code VK}, {@code NYC}/{@code New York City}), so one at the place of another
     * name says little.
     */
    private static boolean acronym(List<WordToken> tokens, NameRun run) {
        for (int k = run.first(); k <= run.last(); k++) {
            String surface = tokens.get(k).surface();
            int upper = 0;
            boolean lower = false;
            for (int i = 0; i < surface.length(); i++) {
                char c = surface.charAt(i);
                upper += Character.isUpperCase(c) ? 1 : 0;
                lower |= Character.isLowerCase(c);
            }
            if (upper >= 2 && !lower) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the run's name is written more often on its own side than on the other, so that one of its
     * occurrences has no counterpart ({@code New York} twice in the source, once in the translation); a name
     * both sides write equally often ({@code Rosa's}/{@code Rosa}) has its counterpart.
     */
    private static boolean leftOver(List<WordToken> tokens, NameRun run, List<WordToken> otherSide) {
        String name = NameExtractor.normalForm(tokens.get(run.first()).folded());
        return written(name, tokens) > written(name, otherSide);
    }

    private static int written(String name, List<WordToken> tokens) {
        int count = 0;
        for (WordToken token : tokens) {
            count += NameIndex.sameName(name, NameExtractor.normalForm(token.folded())) ? 1 : 0;
        }
        return count;
    }

    /** Whether the other side writes one of the run's names anywhere, in some spelling ({@code Rosa's}, {@code Rosa}). */
    private static boolean writtenOn(List<WordToken> tokens, NameRun run, List<WordToken> otherSide) {
        for (int k = run.first(); k <= run.last(); k++) {
            String name = NameExtractor.normalForm(tokens.get(k).folded());
            for (WordToken other : otherSide) {
                if (NameIndex.sameName(name, NameExtractor.normalForm(other.folded()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Spelling variants of one name ({@code Sergey}/{@code Sergej}), or one holding a word of the other. */
    private static boolean alike(WordAlignment words, NameRun source, NameRun target) {
        for (int s = source.first(); s <= source.last(); s++) {
            String a = NameExtractor.normalForm(words.source().get(s).folded());
            for (int t = target.first(); t <= target.last(); t++) {
                String b = NameExtractor.normalForm(words.target().get(t).folded());
                if (NameIndex.sameName(a, b) || looselyAlike(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A transliteration ({@code sayfullo}/{@code sajfoello}): at most a third of the letters differ. */
    private static boolean looselyAlike(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        int limit = longer / 3;
        return limit > 0 && a.charAt(0) == b.charAt(0) && NameIndex.editDistance(a, b, limit) <= limit;
    }

    /**
     * Whether one of the two is a name the documents keep as written: the source name appears in the
     * target document, or the target name in the source document.
     */
    private static boolean kept(WordAlignment words, NameRun source, NameRun target, NameIndex sourceDocument,
                                NameIndex targetDocument) {
        return keptBy(words.source(), source, targetDocument) || keptBy(words.target(), target, sourceDocument);
    }

    private static boolean keptBy(List<WordToken> tokens, NameRun run, NameIndex otherDocument) {
        for (int k = run.first(); k <= run.last(); k++) {
            String folded = NameExtractor.normalForm(tokens.get(k).folded());
            if (otherDocument.count(folded) > 0 && otherDocument.writesAsName(folded)
                    && !otherDocument.isCommonWord(folded)) {
                return true;
            }
        }
        return false;
    }

    private static String text(List<WordToken> tokens, NameRun run, String text) {
        return text.substring(tokens.get(run.first()).start(), tokens.get(run.last()).end());
    }
}
