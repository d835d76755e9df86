package org.tandem.flag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Flags numbers stated on one side only, after normalising how each language writes them. */
final class NumberCheck implements BeadCheck {
    private final NumberExtractor sourceNumbers;
    private final NumberExtractor targetNumbers;

    NumberCheck(String sourceLanguage, String targetLanguage) {
        this.sourceNumbers = new NumberExtractor(sourceLanguage);
        this.targetNumbers = new NumberExtractor(targetLanguage);
    }

    @Override
    public Optional<Flag> check(BeadContext bead) {
        List<NumberExtractor.StatedNumber> source = sourceNumbers.numbers(bead.sourceText());
        List<NumberExtractor.StatedNumber> target = targetNumbers.numbers(bead.targetText());
        List<NumberExtractor.StatedNumber> onlySource = unmatched(source, target,
                targetNumbers.valuesInWords(bead.targetText()));
        List<NumberExtractor.StatedNumber> onlyTarget = unmatched(target, source,
                sourceNumbers.valuesInWords(bead.sourceText()));
        if ((onlySource.isEmpty() && onlyTarget.isEmpty()) || UnitConversion.explains(onlySource, onlyTarget,
                bead.sourceText(), bead.targetText())) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (!onlySource.isEmpty()) {
            parts.add("source has " + written(onlySource) + " but the target does not");
        }
        if (!onlyTarget.isEmpty()) {
            parts.add("target has " + written(onlyTarget) + " but the source does not");
        }
        return Optional.of(new Flag(FlagKind.NUMBER_MISMATCH, String.join("; ", parts)));
    }

    /** Numbers of {@code side} left over after matching each against one of {@code other}, by value. */
    private static String written(List<NumberExtractor.StatedNumber> numbers) {
        return numbers.stream().map(NumberExtractor.StatedNumber::written).collect(java.util.stream.Collectors.joining(", "));
    }

    private static List<NumberExtractor.StatedNumber> unmatched(List<NumberExtractor.StatedNumber> side,
                                          List<NumberExtractor.StatedNumber> other, Set<String> otherWords) {
        Map<String, Integer> available = new HashMap<>();
        for (NumberExtractor.StatedNumber n : other) {
            available.merge(n.value(), 1, Integer::sum);
        }
        List<NumberExtractor.StatedNumber> left = new ArrayList<>();
        for (NumberExtractor.StatedNumber n : side) {
            Integer count = available.get(n.value());
            if (count != null && count > 0) {
                available.put(n.value(), count - 1);
            } else if (!otherWords.contains(n.value())) {
                left.add(n);
            }
        }
        return left;
    }
}
