package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupWarmupTest {
    @Test
    void anAlignmentThatMayUseTwoThreadsIsWarmedUp() {
        assertTrue(StartupWarmup.wanted(List.of("align")));
        assertTrue(StartupWarmup.wanted(List.of("align", "-q", "-o", "out")));
        assertTrue(StartupWarmup.wanted(List.of("align", "a.txt", "b.txt", "--threads", "2")));
    }

    @Test
    void otherCommandsHelpAndOneThreadAreNot() {
        assertFalse(StartupWarmup.wanted(List.of()));
        assertFalse(StartupWarmup.wanted(List.of("--version")));
        assertFalse(StartupWarmup.wanted(List.of("segment", "a.txt")));
        assertFalse(StartupWarmup.wanted(List.of("batch", "--manifest", "m.tsv")));
        assertFalse(StartupWarmup.wanted(List.of("align", "--help")));
        assertFalse(StartupWarmup.wanted(List.of("align", "a.txt", "b.txt", "--threads", "1")));
        assertFalse(StartupWarmup.wanted(List.of("align", "--threads=1")));
    }
}
