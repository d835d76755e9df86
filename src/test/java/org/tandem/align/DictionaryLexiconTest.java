package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tandem.align.NewsPair.expected;
import static org.tandem.align.NewsPair.segments;
import static org.tandem.align.NewsPair.without;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.input.BadInputException;

class DictionaryLexiconTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsHunalignFormat() throws IOException {
        DictionaryLexicon lexicon = DictionaryLexicon.read(write("d.txt",
                "# comment line\npaard @ horse\npaard @ steed\nOekraïne @ Ukraine\nde oude boer @ the old farmer\n\n"));
        assertEquals(List.of("horse", "steed"), lexicon.sourceWordsFor("paard"));
        assertEquals(List.of("ukraine"), lexicon.sourceWordsFor("oekraine"), "keys and values are folded");
        assertEquals(List.of(), lexicon.sourceWordsFor("boer"), "phrases take no part");
        assertEquals(List.of(), lexicon.sourceWordsFor("horse"), "lookup is by target word");
        assertEquals(2, lexicon.size());
    }

    @Test
    void readsTabSeparatedFormat() throws IOException {
        DictionaryLexicon lexicon = DictionaryLexicon.read(write("d.tsv",
                "horse\tpaard\nHorse\tPaard\ncheese\tkaas\nold farmer\toude boer\n"));
        assertEquals(List.of("horse"), lexicon.sourceWordsFor("paard"), "duplicates after folding collapse");
        assertEquals(List.of("cheese"), lexicon.sourceWordsFor("kaas"));
        assertEquals(2, lexicon.size());
    }

    @Test
    void fileWithoutEntriesIsRejected() throws IOException {
        Path empty = write("empty.txt", "# nothing\nnot a dictionary line\n");
        assertThrows(BadInputException.class, () -> DictionaryLexicon.read(empty));
        assertThrows(BadInputException.class, () -> DictionaryLexicon.read(dir.resolve("missing.txt")));
    }

    /**
     * Eight English sentences and Dutch translations of about equal length that share no cognate, name
     * or number; the Dutch leaves out sentence 5. Length and overlap cannot place the omission; a
     * dictionary can.
     */
    private static final List<String> EN = List.of(
            "The old farmer sold his brown horse yesterday morning.",
            "My sister always drinks green tea after dinner.",
            "Heavy rain flooded the narrow streets downtown.",
            "Our neighbour bought a cheap bicycle last week.",
            "The children laughed loudly during the puppet show.",
            "A hungry fox stole three chickens from the barn.",
            "Her grandfather repaired the broken kitchen chair.",
            "The baker wakes up every night before dawn.");
    private static final List<String> NL = List.of(
            "Gisterochtend verkocht de oude boer zijn bruine paard.",
            "Mijn zus drinkt altijd groene thee na het avondeten.",
            "Zware regen zette de smalle straten in het centrum blank.",
            "Onze buurman kocht vorige week een goedkope fiets.",
            "De kinderen lachten luid tijdens de poppenkast.",
            "Een hongerige vos stal drie kippen uit de schuur.",
            "Haar opa repareerde de kapotte keukenstoel.",
            "De bakker wordt elke nacht voor zonsopgang wakker.");
    private static final String DICTIONARY = String.join("\n",
            "farmer\tboer", "horse\tpaard", "brown\tbruine", "sister\tzus", "tea\tthee", "green\tgroene",
            "rain\tregen", "streets\tstraten", "narrow\tsmalle", "neighbour\tbuurman", "bicycle\tfiets",
            "cheap\tgoedkope", "children\tkinderen", "laughed\tlachten", "fox\tvos", "chickens\tkippen",
            "barn\tschuur", "hungry\thongerige", "grandfather\topa", "chair\tkeukenstoel", "broken\tkapotte",
            "baker\tbakker", "night\tnacht", "dawn\tzonsopgang");

    @Test
    void sentencesShareLittleWithoutDictionary() {
        AlignmentResult result = new Aligner(AlignerOptions.defaults()).align(segments(EN), "en", segments(NL), "nl");
        assertTrue(result.typicalSimilarity() < 0.1, "the fixture must have almost no overlap of its own: "
                + result.typicalSimilarity());
    }

    @Test
    void dictionaryPlacesAnOmissionThatLengthsCannotPlace() throws IOException {
        DictionaryLexicon lexicon = DictionaryLexicon.read(write("d.tsv", DICTIONARY));
        for (int omitted = 1; omitted < EN.size() - 1; omitted++) {
            List<String> target = without(NL, omitted);
            AlignmentResult withDictionary = new Aligner(AlignerOptions.defaults().withLexicon(lexicon))
                    .align(segments(EN), "en", segments(target), "nl");
            BeadInvariants.assertCovers(withDictionary.beads(), EN.size(), target.size(), 3);
            assertEquals(NewsPair.describe(expected().ones(omitted).bead(1, 0).ones(EN.size() - omitted - 1).build()),
                    NewsPair.describe(withDictionary.beads()), "omitted sentence " + omitted);
        }
        // Without the dictionary the result depends on chance consonant matches between unrelated words,
        // so it is not asserted here; sentencesShareLittleWithoutDictionary checks the fixture instead.
    }
}
