package org.tandem.segment;

import static org.tandem.segment.SegmentAssertions.assertSegments;

import org.junit.jupiter.api.Test;

class EnglishSegmentationTest {

    private final Segmenter en = SentenceSegmenter.forLanguage("en");

    @Test
    void titlesDoNotEndSentences() {
        assertSegments(en, "Mr. Smith met Dr. Jones. Then Mrs. Brown arrived.",
                "Mr. Smith met Dr. Jones.", "Then Mrs. Brown arrived.");
        assertSegments(en, "The Rev. John Howard Johnson led it. St. Martin's was full.",
                "The Rev. John Howard Johnson led it.", "St. Martin's was full.");
    }

    @Test
    void abbreviationsInsideSentences() {
        assertSegments(en, "Fruit, e.g. Apples, is healthy. Tea, i.e. Green tea, too.",
                "Fruit, e.g. Apples, is healthy.", "Tea, i.e. Green tea, too.");
        assertSegments(en, "It was Roe vs. Wade all over. We knew.", "It was Roe vs. Wade all over.", "We knew.");
        assertSegments(en, "He arrived on Oct. 5 in Paris. It rained.", "He arrived on Oct. 5 in Paris.", "It rained.");
    }

    @Test
    void anAbbreviationBeforeANumberOrReferenceDoesNotEndTheSentence() {
        assertSegments(en, "See Recommendation No. R (85) 10 of the Council. It applies.",
                "See Recommendation No. R (85) 10 of the Council.", "It applies.");
        assertSegments(en, "Under Art. 5 the state may act. It did.", "Under Art. 5 the state may act.", "It did.");
        assertSegments(en, "Read Vol. II first. Then the rest.", "Read Vol. II first.", "Then the rest.");
        assertSegments(en, "He said no. Then he left.", "He said no.", "Then he left.");
        assertSegments(en, "The answer was no. I left.", "The answer was no.", "I left.");
    }

    @Test
    void etceteraMidSentenceStaysButEndsASentenceBeforeACapital() {
        assertSegments(en, "Pens, paper etc. are provided. Bring food.", "Pens, paper etc. are provided.", "Bring food.");
        assertSegments(en, "We sell pens, paper etc. The shop opens at nine.",
                "We sell pens, paper etc.", "The shop opens at nine.");
    }

    @Test
    void ambiguousAbbreviationEndsSentenceBeforeATypicalSentenceStarter() {
        assertSegments(en, "She works for Apple Inc. The company is big.", "She works for Apple Inc.", "The company is big.");
        assertSegments(en, "He moved to the U.S. They followed.", "He moved to the U.S.", "They followed.");
        assertSegments(en, "The U.S. Army arrived. It was late.", "The U.S. Army arrived.", "It was late.");
    }

    @Test
    void initials() {
        assertSegments(en, "J. R. R. Tolkien wrote it. G.W. Bush read it.", "J. R. R. Tolkien wrote it.", "G.W. Bush read it.");
        assertSegments(en, "It was played by Dionisio A. Lind. He moved.", "It was played by Dionisio A. Lind.", "He moved.");
    }

    @Test
    void numbers() {
        assertSegments(en, "It grew 3.5 percent to 100,000 units. That is a record.",
                "It grew 3.5 percent to 100,000 units.", "That is a record.");
        assertSegments(en, "On 125th Street the 77th session opened. Delegates came.",
                "On 125th Street the 77th session opened.", "Delegates came.");
    }

    @Test
    void ellipses() {
        assertSegments(en, "Well... we could try. Or not.", "Well... we could try.", "Or not.");
        assertSegments(en, "He waited... Nobody came.", "He waited...", "Nobody came.");
        assertSegments(en, "He waited and waited…", "He waited and waited…");
        assertSegments(en, "She hesitated… then she left.", "She hesitated… then she left.");
    }

    @Test
    void quotationsKeepTheirClosingMark() {
        assertSegments(en, "He said “no.” Then he left.", "He said “no.”", "Then he left.");
        assertSegments(en, "He said \"no.\" Then he left.", "He said \"no.\"", "Then he left.");
        assertSegments(en, "She said 'yes.' He smiled.", "She said 'yes.'", "He smiled.");
        assertSegments(en, "‘Go home.’ She went.", "‘Go home.’", "She went.");
    }

    @Test
    void reportedQuestionsAndExclamationsContinueInLowerCase() {
        assertSegments(en, "\"Why?\" she asked. He shrugged.", "\"Why?\" she asked.", "He shrugged.");
        assertSegments(en, "They chanted \"Stop!\" as they marched. Police watched.",
                "They chanted \"Stop!\" as they marched.", "Police watched.");
        assertSegments(en, "Why? Nobody knows.", "Why?", "Nobody knows.");
    }

    @Test
    void plainSentenceEndsStillSplit() {
        assertSegments(en, "It rained. We stayed in! Did you? Yes.", "It rained.", "We stayed in!", "Did you?", "Yes.");
    }

    @Test
    void wordsThatMerelyEndLikeAnAbbreviationStillEndSentences() {
        assertSegments(en, "They visited America. Then they left.", "They visited America.", "Then they left.");
    }
}
