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
        NumberTuning tuning = bead.document().tuning().numbers();
        // Conversions first: "2pm … two vans" / "14 uur … twee auto's" must pair 2 with 14, not with "twee".
        if (UnitConversion.explains(unmatched(source, target, Set.of()), unmatched(target, source, Set.of()),
                bead.sourceText(), bead.targetText(), tuning)) {
            return Optional.empty();
        }
        List<NumberExtractor.StatedNumber> onlySource = unmatched(source, target,
                targetNumbers.valuesInWords(bead.targetText()));
        List<NumberExtractor.StatedNumber> onlyTarget = unmatched(target, source,
                sourceNumbers.valuesInWords(bead.sourceText()));
        if ((onlySource.isEmpty() && onlyTarget.isEmpty()) || UnitConversion.explains(onlySource, onlyTarget,
                bead.sourceText(), bead.targetText(), tuning)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (!onlySource.isEmpty()) {
            parts.add("source has " + written(onlySource) + " but the target does not");
        }
        if (!onlyTarget.isEmpty()) {
            parts.add("target has " + written(onlyTarget) + " but the source does not");
        }
        List<Span> spans = new ArrayList<>(SpanFinder.find(Span.Side.SOURCE, bead.sourceText(),
                onlySource.stream().map(NumberExtractor.StatedNumber::written).toList()));
        spans.addAll(SpanFinder.find(Span.Side.TARGET, bead.targetText(),
                onlyTarget.stream().map(NumberExtractor.StatedNumber::written).toList()));
        return Optional.of(new Flag(FlagKind.NUMBER_MISMATCH, String.join("; ", parts), spans));
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
            if (!take(available, n.value()) && !take(available, decadeShortForm(n.value()))
                    && !take(available, decadeWritten(available, n.value())) && !otherWords.contains(n.value())) {
                left.add(n);
            }
        }
        return left;
    }

    private static boolean take(Map<String, Integer> available, String value) {
        Integer count = value == null ? null : available.get(value);
        if (count == null || count == 0) {
            return false;
        }
        available.put(value, count - 1);
        return true;
    }

    /** The decade among {@code available} that {@code value} abbreviates ("80" for 1980), or null. */
    private static String decadeWritten(Map<String, Integer> available, String value) {
        for (String candidate : available.keySet()) {
            if (value.equals(decadeShortForm(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    /** {@code 1980s} is often "de jaren 80" in translation: a decade's year may match its last two digits. */
    private static String decadeShortForm(String value) {
        return value.length() == 4 && value.endsWith("0") && value.chars().allMatch(Character::isDigit)
                ? String.valueOf(Integer.parseInt(value) % 100) : null;
    }
}
