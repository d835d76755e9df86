package org.tandem.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.segment.SegmentAssertions.assertSegments;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsAndLinesTest {

    private final Segmenter en = SentenceSegmenter.forLanguage("en");

    @Test
    void paragraphBoundaryIsAlwaysASegmentBoundaryAndIdsRunAcrossParagraphs() {
        List<Segment> segments = en.segment(List.of("A headline without a period", "One. Two.", "   ", "three and more"));
        assertEquals(List.of(
                new Segment(0, "A headline without a period", 0),
                new Segment(1, "One.", 1),
                new Segment(2, "Two.", 1),
                new Segment(3, "three and more", 3)), segments);
    }

    @Test
    void emptyInputGivesNoSegments() {
        assertEquals(List.of(), en.segment(List.of()));
        assertEquals(List.of(), en.segment(List.of("", " \n ")));
    }

    @Test
    void aLineOfDashesStandsAlone() {
        assertSegments(en, "He is very careful.\n———————————–\nThe heavy weapons arrive by ship.",
                "He is very careful.", "———————————–", "The heavy weapons arrive by ship.");
        assertSegments(en, "First point,\n* * *\nand the second.", "First point,", "* * *", "and the second.");
    }

    @Test
    void eachFieldOfFrontMatterIsASegmentWithItsNestedLines() {
        assertSegments(en, "---\ntitle: Finding Users\ndescription: Help your project\ngrow.\ntoc:\n"
                        + "  spreading-the-word: \"Spreading the word\"\n  build-a-reputation: \"Build a reputation\"\n"
                        + "order: 3\nrelated:\n  - beginners\n  - building\n---",
                "---", "title: Finding Users", "description: Help your project grow.",
                "toc: spreading-the-word: \"Spreading the word\" build-a-reputation: \"Build a reputation\"",
                "order: 3", "related: - beginners - building", "---");
        // Outside a block of fields, a line opening with a label is prose as before.
        assertSegments(en, "The recipe needs\nflour: two cups of it.", "The recipe needs flour: two cups of it.");
    }

    @Test
    void headingLineWithoutFinalPunctuationIsItsOwnSegment() {
        assertSegments(en, "Introduction\nThe study began in May. It ended in June.",
                "Introduction", "The study began in May.", "It ended in June.");
        assertSegments(en, "Photo: Reuters\nPeople gathered outside.", "Photo: Reuters", "People gathered outside.");
    }

    @Test
    void aShortLineEndingOnAWordThatCannotEndAHeadingWasWrapped() {
        assertSegments(en, "Community Impact Guidelines were inspired by\n[Mozilla's code of conduct enforcement ladder][Mozilla CoC].",
                "Community Impact Guidelines were inspired by [Mozilla's code of conduct enforcement ladder][Mozilla CoC].");
        assertSegments(SentenceSegmenter.forLanguage("nl"), "De richtlijnen zijn gebaseerd op de\nhandhavingsladder van Mozilla.",
                "De richtlijnen zijn gebaseerd op de handhavingsladder van Mozilla.");
        assertSegments(en, "## Thoughts of\nWe begin here.", "## Thoughts of", "We begin here.");
        assertSegments(en, "Things to think about\nThe first thing is cost.", "Things to think about", "The first thing is cost.");
    }

    @Test
    void wrappedSentenceIsJoinedWithASpace() {
        assertSegments(en, "The committee met on Tuesday to discuss the\nbudget. It agreed.",
                "The committee met on Tuesday to discuss the budget.", "It agreed.");
        assertSegments(en, "The committee met on Tuesday and talked with the mayor of\nAmsterdam about it. Fine.\nshort",
                "The committee met on Tuesday and talked with the mayor of Amsterdam about it.", "Fine. short");
        assertSegments(en, "Costs rose by 5 percent,\nRevenue fell.", "Costs rose by 5 percent, Revenue fell.");
        // A short line without final punctuation before a capital reads as a heading, by design.
        assertSegments(en, "Costs rose, while\nRevenue fell.", "Costs rose, while", "Revenue fell.");
    }

    @Test
    void lineEndingInSentencePunctuationIsLeftToTheSentenceRules() {
        assertSegments(en, "He met Mr.\nSmith today. It went well.\nThen he left.",
                "He met Mr. Smith today.", "It went well.", "Then he left.");
    }

    @Test
    void listNumbersNeverStandAlone() {
        assertSegments(en, "1. Buy flour\n2. Bake bread\n3. Eat it.", "1. Buy flour", "2. Bake bread", "3. Eat it.");
        assertSegments(en, "Steps:\na. Open the box\nb. Remove the lid", "Steps:", "a. Open the box", "b. Remove the lid");
        assertSegments(en, "2) Mix well. Then rest.", "2) Mix well.", "Then rest.");
        assertSegments(en, "1. First things first. Go.", "1. First things first.", "Go.");
        assertSegments(en, "Ingredients\n- flour\n- sugar", "Ingredients", "- flour", "- sugar");
    }

    @Test
    void blankLineAndParagraphSeparatorAreBoundaries() {
        assertSegments(en, "first part\n\nsecond part", "first part", "second part");
        assertSegments(en, "first part\u2029second part", "first part", "second part");
    }

    @Test
    void windowsLineEndingsBehaveLikeUnixOnes() {
        assertSegments(en, "Introduction\r\nThe study began.", "Introduction", "The study began.");
    }
}
