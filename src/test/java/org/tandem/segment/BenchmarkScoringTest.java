package org.tandem.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.eval.SegmentationBenchmark;
import org.tandem.eval.SegmentationBenchmark.GoldDocument;
import org.tandem.eval.SegmentationBenchmark.Result;

class BenchmarkScoringTest {

    private static final List<GoldDocument> CORPUS = List.of(
            new GoldDocument("d1", List.of("Headline here", "One.", "Two.", "Three.", "Four.", "Five.")),
            new GoldDocument("d2", List.of("Mr. Smith came.", "He left.")));

    @Test
    void paragraphSchemeIsHeadlineThenGroupsOfFour() {
        assertEquals(List.of(List.of("Headline here"), List.of("One.", "Two.", "Three.", "Four."), List.of("Five.")),
                SegmentationBenchmark.paragraphs(CORPUS.get(0)));
    }

    @Test
    void perfectSegmenterScoresOne() {
        Result result = SegmentationBenchmark.evaluate(CORPUS, SentenceSegmenter.forLanguage("en"));
        assertEquals(new SegmentationBenchmark.BoundaryScore(3, 0, 0), result.withoutParagraphBoundaries());
        assertEquals(new SegmentationBenchmark.BoundaryScore(6, 0, 0), result.withParagraphBoundaries());
        assertEquals(1.0, result.withoutParagraphBoundaries().f1());
    }

    @Test
    void falseAndMissedBoundariesAreCounted() {
        // Plain ICU splits after "Mr." (false positive) and nothing else goes wrong.
        Result plain = SegmentationBenchmark.evaluate(CORPUS, SentenceSegmenter.forLanguage("en", SegmentationMethod.ICU_PLAIN));
        assertEquals(new SegmentationBenchmark.BoundaryScore(3, 1, 0), plain.withoutParagraphBoundaries());
        assertEquals(0.75, plain.withoutParagraphBoundaries().precision(), 1e-9);
        // A segmenter that never splits inside a paragraph misses every inner boundary.
        Segmenter wholeParagraphs = paragraphs -> {
            List<Segment> out = new java.util.ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                out.add(new Segment(out.size(), paragraphs.get(i), i));
            }
            return out;
        };
        Result lazy = SegmentationBenchmark.evaluate(CORPUS, wholeParagraphs);
        assertEquals(new SegmentationBenchmark.BoundaryScore(0, 0, 3), lazy.withoutParagraphBoundaries());
        assertEquals(0.0, lazy.withoutParagraphBoundaries().f1());
        assertEquals(3, lazy.errors().size());
    }
}
