package org.tandem.flag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Flags a name or acronym found on one side of a bead only. A name counts as missing only when the
 * other document usually keeps it as it is, writing it at least three times for every four here ({@link NameTuning#keptShare}): names the
 * translation renders in its own way ({@code Beijing}/{@code Peking}, {@code Russia}/{@code Rusland})
 * never or seldom appear there, and flagging them would be noise. A capitalised word that its own
 * document also writes in lower case ({@code State}, {@code state}) is a title word, not a name, and
 * so is one that the other document capitalises only to open a sentence ({@code Foreign Minister}
 * against an untranslated {@code Foreign buyers are…} in the translation).
 * Identifiers (web addresses, codes) are the exception: they are never translated. A name whose place
 * on the other side, by the word alignment, holds a different name is a mismatch too, named with both
 * ({@link SwappedNames}), even where the first name stands elsewhere in the bead or the document.
 */
final class NameCheck implements BeadCheck {
    private static final java.util.regex.Pattern IDENTIFIER =
            java.util.regex.Pattern.compile("\\p{L}\\.\\p{L}{2,}$|^@");

    private final NameExtractor sourceNames;
    private final NameExtractor targetNames;

    NameCheck(NameExtractor sourceNames, NameExtractor targetNames) {
        this.sourceNames = sourceNames;
        this.targetNames = targetNames;
    }

    @Override
    public Optional<Flag> check(BeadContext bead) {
        DocumentContext document = bead.document();
        double keptShare = document.tuning().names().keptShare();
        Set<String> onlySource = missing(sourceNames.names(bead.sourceTokens()),
                targetNames.foldedWords(bead.targetTokens()), document.sourceNames(), document.targetNames(), keptShare);
        Set<String> onlyTarget = missing(targetNames.names(bead.targetTokens()),
                sourceNames.foldedWords(bead.sourceTokens()), document.targetNames(), document.sourceNames(), keptShare);
        // The neighbours matter only for a name already missing, which few beads have.
        if (!onlySource.isEmpty()) {
            onlySource.removeAll(named(onlySource, targetNames.foldedWords(bead.targetAroundTokens())));
        }
        if (!onlyTarget.isEmpty()) {
            onlyTarget.removeAll(named(onlyTarget, sourceNames.foldedWords(bead.sourceAroundTokens())));
        }
        List<SwappedNames.Swap> swaps = bead.words() == null ? List.of()
                : SwappedNames.find(bead.words(), bead.sourceText(), bead.targetText(), document.sourceNames(),
                        document.targetNames(), document.tuning().names().swapCoverage());
        for (SwappedNames.Swap swap : swaps) {
            onlySource.removeIf(name -> swap.source().contains(name));
            onlyTarget.removeIf(name -> swap.target().contains(name));
        }
        if (onlySource.isEmpty() && onlyTarget.isEmpty() && swaps.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (SwappedNames.Swap swap : swaps) {
            parts.add("source names " + swap.source() + " where the target names " + swap.target());
        }
        if (!onlySource.isEmpty()) {
            parts.add("source names " + String.join(", ", onlySource) + " but the target does not");
        }
        if (!onlyTarget.isEmpty()) {
            parts.add("target names " + String.join(", ", onlyTarget) + " but the source does not");
        }
        List<Span> spans = new ArrayList<>(SpanFinder.find(Span.Side.SOURCE, bead.sourceText(), onlySource));
        spans.addAll(SpanFinder.find(Span.Side.TARGET, bead.targetText(), onlyTarget));
        for (SwappedNames.Swap swap : swaps) {
            spans.add(swap.sourceSpan());
            spans.add(swap.targetSpan());
        }
        spans.sort(java.util.Comparator.comparing(Span::side).thenComparingInt(Span::start));
        return Optional.of(new Flag(FlagKind.NAME_MISMATCH, String.join("; ", parts), spans));
    }

    /**
     * The names of {@code names} that the neighbouring segments on the other side hold: the name then
     * sits on the other side of a sentence boundary that the two texts draw differently, which is no
     * difference in content.
     */
    private static Set<String> named(Set<String> names, List<String> neighbourWords) {
        Set<String> found = new LinkedHashSet<>();
        for (String name : names) {
            String folded = org.tandem.text.TextTokenizer.fold(name);
            if (neighbourWords.stream().anyMatch(w -> NameIndex.sameName(folded, w))) {
                found.add(name);
            }
        }
        return found;
    }

    /**
     * Web addresses and handles ({@code example.org}, {@code @agency}) are never translated, so one on one side only is a difference even if the other document never has it.
     */
    static boolean isIdentifier(String written) {
        return IDENTIFIER.matcher(written).find();
    }

    private static Set<String> missing(List<NameExtractor.Name> names, List<String> otherWords,
                                       NameIndex ownDocument, NameIndex otherDocument, double keptShare) {
        Set<String> missing = new LinkedHashSet<>();
        for (NameExtractor.Name name : names) {
            boolean present = otherWords.stream().anyMatch(w -> NameIndex.sameName(name.folded(), w));
            int kept = otherDocument.count(name.folded());
            boolean keptElsewhere = kept > 0 && otherDocument.writesAsName(name.folded())
                    && kept >= keptShare * ownDocument.count(name.folded()) && !ownDocument.isCommonWord(name.folded());
            if (!present && (keptElsewhere || isIdentifier(name.written()))) {
                missing.add(name.written());
            }
        }
        return missing;
    }
}
