package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.tandem.segment.Segment;

class PunctuationKeysTest {
    private static Set<Integer> shared(String english, String dutch) {
        LexicalKeys keys = new LexicalKeys(4, Lexicon.EMPTY);
        int[] source = keys.profileSource(Segment.ofLines(List.of(english)), "en").get(0).keys();
        int[] target = keys.profileTarget(Segment.ofLines(List.of(dutch)), "nl").get(0).keys();
        Set<Integer> targetKeys = Arrays.stream(target).boxed().collect(Collectors.toSet());
        return Arrays.stream(source).boxed().filter(targetKeys::contains).collect(Collectors.toSet());
    }

    @Test
    void quotationsInEitherStyleShareAKey() {
        assertEquals(1, shared("\"So I'm you, I'm us, it's us.\"", "‘Dus ik ben jij, ik ben ons, wij zijn het.’").size());
        assertEquals(1, shared("« Non », dit-il.", "“Nee,” zei hij.").size());
    }

    @Test
    void questionsShareAKeyAndStatementsDoNot() {
        assertEquals(1, shared("Why has he given up so much?", "Waarom heeft hij zoveel opgegeven?").size());
        assertTrue(shared("He has given up so much.", "Waarom heeft hij zoveel opgegeven?").isEmpty());
    }

    @Test
    void anApostropheBetweenLettersIsNoQuotation() {
        assertTrue(shared("Tyler’s brother found him.", "‘Het was zijn broer.’").isEmpty());
    }
}
