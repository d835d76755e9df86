package org.tandem.wordalign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tandem.align.DictionaryLexicon;
import org.tandem.align.Lexicon;

/** Dictionary evidence across the forms of a word and FreeDict's space-less phrases. */
class LexicalEvidenceTest {
    private static final WordAlignTuning TUNING = WordAlignTuning.defaults();

    /** The evidence between one English and one Dutch word, each side's vocabulary holding the words given. */
    private static float strength(Lexicon lexicon, String targetLanguage, String english, String dutch,
                                  String... moreEnglish) {
        Map<String, Integer> numbers = new HashMap<>();
        Vocabulary source = new Vocabulary(numbers, "en");
        Vocabulary target = new Vocabulary(numbers, targetLanguage);
        int s = source.id(new WordTokenizer("en").tokenize(english).get(0));
        for (String word : moreEnglish) {
            source.id(new WordTokenizer("en").tokenize(word).get(0));
        }
        int t = target.id(new WordTokenizer(targetLanguage).tokenize(dutch).get(0));
        return new LexicalEvidence(source, target, lexicon, TUNING).strength(s, t);
    }

    private static Lexicon entry(String dutch, String english) {
        return DictionaryLexicon.of(Map.of(dutch, List.of(english)));
    }

    @Test
    void anEntryInOneFormCoversTheOtherFormsOfItsStem() {
        // The dictionary lists the plural; the text has the singular, whose own look-up finds nothing.
        assertEquals((float) TUNING.dictionary(), strength(entry("kiezers", "voters"), "nl", "voter", "kiezer"));
        assertEquals((float) TUNING.dictionary(), strength(entry("verkiezing", "election"), "nl", "elections", "verkiezingen"));
    }

    @Test
    void aDerivedFormTheStemmerKeepsWholeSharesTheEntryOfItsBase() {
        assertEquals((float) TUNING.dictionary(), strength(entry("hoog", "high"), "nl", "highest", "hoogste"));
        assertEquals((float) TUNING.dictionary(), strength(entry("groot", "great"), "nl", "great", "grootste"));
        // Not any word that happens to begin with it: at most three letters more.
        assertEquals(0f, strength(entry("hoog", "high"), "nl", "highlanders", "hoogste"));
    }

    @Test
    void aPhraseWrittenWithoutItsSpacesTranslatesItsContentWord() {
        assertEquals((float) TUNING.dictionary(),
                strength(entry("volgens", "accordingto"), "nl", "according", "volgens"));
        // Its pieces must be the document's words or function words; otherwise it is a word of its own.
        assertEquals(0f, strength(entry("volgens", "accordingto"), "nl", "cording", "volgens"));
    }

    @Test
    void aLanguageWithoutAStemmerStillFindsItsEntriesAsWritten() {
        assertEquals((float) TUNING.dictionary(), strength(entry("kiezers", "voters"), "xx", "voters", "kiezers"));
        assertEquals(0f, strength(entry("kiezers", "voters"), "xx", "voter", "kiezer"));
    }
}
