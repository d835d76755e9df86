package org.tandem.flag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.tandem.flag.NumberExtractor.Form;
import org.tandem.flag.NumberExtractor.StatedNumber;

/**
 * Flags numbers stated on one side only, after normalising how each language writes them. A number in
 * digits, a clock time or a month missing on the other side is reported; a number in words only when
 * the other side states a different number where it stands ("drie" for "four"), since translators
 * often leave a small number word out or recast it ("the two men" / "de mannen"). A number the source
 * also gives converted into other units ("30 meters (100 feet)") whose conversion the translation
 * leaves out or adds is reported too, but lowers the bead's score less than a changed number.
 */
final class NumberCheck implements BeadCheck {
    private final NumberExtractor sourceNumbers;
    private final NumberExtractor targetNumbers;

    NumberCheck(String sourceLanguage, String targetLanguage) {
        this.sourceNumbers = new NumberExtractor(sourceLanguage);
        this.targetNumbers = new NumberExtractor(targetLanguage);
    }

    @Override
    public Optional<Flag> check(BeadContext bead) {
        NumberTuning tuning = bead.document().tuning().numbers();
        NumberMatching matching = NumberMatching.of(sourceNumbers.numbers(bead.sourceTokens()),
                targetNumbers.numbers(bead.targetTokens()));
        List<StatedNumber> leftSource = matching.unmatchedSource();
        List<StatedNumber> leftTarget = matching.unmatchedTarget();
        if (leftSource.isEmpty() && leftTarget.isEmpty()) {
            return Optional.empty();
        }
        List<StatedNumber> onlySource = reportable(leftSource, leftTarget);
        List<StatedNumber> onlyTarget = reportable(leftTarget, leftSource);
        if ((onlySource.isEmpty() && onlyTarget.isEmpty()) || UnitConversion.explains(onlySource, onlyTarget,
                bead.sourceText(), bead.targetText(), tuning)) {
            return Optional.empty();
        }
        List<UnitConversion.Conversion> sourceConversions = UnitConversion.conversionsOf(onlySource,
                matching.matchedSource(), bead.sourceText(), tuning);
        List<UnitConversion.Conversion> targetConversions = UnitConversion.conversionsOf(onlyTarget,
                matching.matchedTarget(), bead.targetText(), tuning);
        boolean onlyConversions = sourceConversions.size() == onlySource.size()
                && targetConversions.size() == onlyTarget.size();
        List<String> parts = new ArrayList<>();
        if (!onlySource.isEmpty()) {
            parts.add("source has " + (onlyConversions ? conversions(sourceConversions) : written(onlySource))
                    + " but the target does not");
        }
        if (!onlyTarget.isEmpty()) {
            parts.add("target has " + (onlyConversions ? conversions(targetConversions) : written(onlyTarget))
                    + " but the source does not");
        }
        List<Span> spans = new ArrayList<>();
        spans.addAll(spans(Span.Side.SOURCE, bead.sourceText(), onlySource));
        spans.addAll(spans(Span.Side.TARGET, bead.targetText(), onlyTarget));
        return Optional.of(new Flag(FlagKind.NUMBER_MISMATCH, String.join("; ", parts), spans,
                onlyConversions ? tuning.conversionWeight() : 1));
    }

    /**
     * The unmatched numbers of one side worth reporting: digits always, words when the other side has
     * an unmatched number of its own, words that are numbers only sometimes never. A weak word of the
     * other side other than "one" still counts as that different number ("two countries" / "acht landen").
     */
    private static List<StatedNumber> reportable(List<StatedNumber> side, List<StatedNumber> other) {
        boolean otherDiffers = other.stream().anyMatch(n -> n.form() != Form.WEAK || !n.value().equals("1"));
        return side.stream().filter(n -> n.form() == Form.DIGITS || (n.form() == Form.WORDS && otherDiffers)).toList();
    }

    private static String written(List<StatedNumber> numbers) {
        return numbers.stream().map(StatedNumber::written).collect(Collectors.joining(", "));
    }

    private static String conversions(List<UnitConversion.Conversion> conversions) {
        return conversions.stream().map(c -> c.converted() + ", the same as " + c.kept() + ",")
                .collect(Collectors.joining(", "));
    }

    /** Where each number stands; a number read without offsets is looked up by its text. */
    private static List<Span> spans(Span.Side side, String text, List<StatedNumber> numbers) {
        List<Span> spans = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (StatedNumber n : numbers) {
            if (n.hasSpan()) {
                spans.add(new Span(side, n.start(), n.end()));
            } else {
                unplaced.add(n.written());
            }
        }
        spans.addAll(SpanFinder.find(side, text, unplaced));
        return spans.stream().distinct().sorted(java.util.Comparator.comparingInt(Span::start)).toList();
    }
}
