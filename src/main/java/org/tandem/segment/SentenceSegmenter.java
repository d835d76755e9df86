package org.tandem.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits paragraphs into sentences, headings, captions and list items.
 *
 * <p>Boundaries come from ICU's sentence iterator. A thin rule layer ({@link FalseBreakRules}) removes the
 * breaks ICU gets wrong after titles, abbreviations, initials, period-written acronyms, bare list numbers
 * and dotted ordinals, and a second stage ({@link NumberReferenceRule}) those after an abbreviation that
 * introduces a number ("No. R (85) 10", "art. 5"); the word lists they use are per-language resources
 * ({@code titles-xx.txt}, {@code abbreviations-xx.txt}, {@code number-abbreviations-xx.txt},
 * {@code sentence-starters-xx.txt}, {@code months-xx.txt}). A language
 * without lists still gets ICU plus the language-independent rules (initials, acronyms, list numbers).
 * ICU's own {@code FilteredBreakIteratorBuilder} was measured and rejected: it matches an abbreviation as
 * a bare suffix ("ca." suppresses the break after "Amerca.") and misses entries with inner periods
 * ("o.a.", "z.g.a.n.").
 *
 * <p>Boundary rules:
 * <ul>
 *   <li>every input paragraph boundary is a segment boundary;</li>
 *   <li>a single line break inside a paragraph is a boundary when it ends a heading, caption, credit or
 *       list item, and is read as a space when it merely wraps a sentence ({@link LineBreakPolicy} has
 *       the cues);</li>
 *   <li>a sentence that ends inside closing quotes keeps them ({@code He said “no.”} | {@code Then ...}).</li>
 * </ul>
 *
 * <p>Output: segments are trimmed and never empty; whitespace runs containing a line break become one
 * space, all other characters are kept, so a paragraph's segments concatenate to the paragraph up to
 * whitespace. Ids are 0-based and consecutive over the whole call.
 *
 * <p>An instance reuses one break iterator, so it is not thread-safe; creating one per thread is cheap.
 */
public final class SentenceSegmenter implements Segmenter {

    private final SentenceBreaker breaker;
    private final BreakVeto veto;
    private final LineBreakPolicy linePolicy;

    private SentenceSegmenter(SentenceBreaker breaker, BreakVeto veto, LanguageProfile profile) {
        this.breaker = breaker;
        this.veto = veto;
        this.linePolicy = new LineBreakPolicy(profile.lineContinuers());
    }

    /**
     * Loads ICU's sentence rules and the classes that apply them, ahead of use: the first segmenter of
     * a process otherwise waits for them. A caller with a core to spare starts this while it reads.
     */
    public static void prepare() {
        BreakIterator iterator = BreakIterator.getSentenceInstance(ULocale.ROOT);
        iterator.setText("One. Two.");
        while (iterator.next() != BreakIterator.DONE) {
            // Walking the text loads what a real segmentation needs.
        }
    }

    /** The recommended segmenter for a language ("en", "nl", "de", "fr", "nl-BE", or any other code). */
    public static SentenceSegmenter forLanguage(String isoCode) {
        return forLanguage(isoCode, SegmentationMethod.ICU_WITH_RULES);
    }

    /** A segmenter using a specific boundary method; the alternatives exist for measurement. */
    public static SentenceSegmenter forLanguage(String isoCode, SegmentationMethod method) {
        LanguageProfile profile = LanguageProfile.forLanguage(isoCode);
        ULocale locale = new ULocale(profile.language());
        return switch (method) {
            case ICU_PLAIN -> new SentenceSegmenter(
                    new IcuSentenceBreaker(BreakIterator.getSentenceInstance(locale)), BreakVeto.NONE, profile);
            case ICU_LOCALE_EXCEPTIONS -> new SentenceSegmenter(
                    new IcuSentenceBreaker(BreakIterator.getSentenceInstance(
                            new ULocale(profile.language() + "@ss=standard"))), BreakVeto.NONE, profile);
            case ICU_FILTER_BUILDER -> new SentenceSegmenter(
                    new IcuSentenceBreaker(filteredIterator(profile, locale)), BreakVeto.NONE, profile);
            case JDK -> new SentenceSegmenter(
                    new JdkSentenceBreaker(Locale.forLanguageTag(profile.language())), BreakVeto.NONE, profile);
            case ICU_WITH_RULES -> new SentenceSegmenter(
                    new IcuSentenceBreaker(BreakIterator.getSentenceInstance(locale)),
                    BreakVeto.anyOf(new FalseBreakRules(profile), new NumberReferenceRule(profile.numberAbbreviations())), profile);
        };
    }

    private static BreakIterator filteredIterator(LanguageProfile profile, ULocale locale) {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
        profile.titles().forEach(builder::suppressBreakAfter);
        profile.abbreviations().forEach(builder::suppressBreakAfter);
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    }

    @Override
    public List<Segment> segment(List<String> paragraphs) {
        List<Segment> segments = new ArrayList<>();
        for (int paragraph = 0; paragraph < paragraphs.size(); paragraph++) {
            String text = paragraphs.get(paragraph);
            if (text == null || text.isBlank()) {
                continue;
            }
            for (TextSpan block : linePolicy.blocks(text)) {
                segmentBlock(text.substring(block.start(), block.end()), paragraph, segments);
            }
        }
        return segments;
    }

    private void segmentBlock(String block, int paragraph, List<Segment> out) {
        // Joined line breaks must read as spaces: ICU treats every line break as a hard boundary.
        String flat = withLineBreaksAsSpaces(block);
        int segmentStart = 0;
        for (int candidate : breaker.breaks(flat)) {
            if (!veto.vetoes(flat, segmentStart, candidate)) {
                emit(block, segmentStart, candidate, paragraph, out);
                segmentStart = candidate;
            }
        }
        emit(block, segmentStart, block.length(), paragraph, out);
    }

    private static void emit(String block, int start, int end, int paragraph, List<Segment> out) {
        String text = SegmentText.normalise(block.substring(start, end));
        if (!text.isEmpty()) {
            out.add(new Segment(out.size(), text, paragraph));
        }
    }

    private static String withLineBreaksAsSpaces(String block) {
        char[] chars = block.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (LineBreakPolicy.isLineTerminator(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
