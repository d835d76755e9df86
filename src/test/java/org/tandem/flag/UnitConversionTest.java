package org.tandem.flag;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class UnitConversionTest {
    private static List<NumberExtractor.StatedNumber> numbers(String... values) {
        return java.util.Arrays.stream(values).map(v -> new NumberExtractor.StatedNumber(v, v)).toList();
    }

    @Test
    void realConversionsAreExplained() {
        assertTrue(UnitConversion.explains(numbers("50"), numbers("80")), "miles to km");
        assertTrue(UnitConversion.explains(numbers("10"), numbers("4.5")), "pounds to kg");
        assertTrue(UnitConversion.explains(numbers("6"), numbers("1.8")), "feet to metres");
        assertTrue(UnitConversion.explains(numbers("95"), numbers("35")), "Fahrenheit to Celsius");
        assertTrue(UnitConversion.explains(numbers("3"), numbers("15")), "3 p.m. to 15 uur");
        assertTrue(UnitConversion.explains(numbers("50", "100"), numbers("80", "160")), "two distances");
    }

    @Test
    void incompleteOrUnrelatedPairsAreNotExplained() {
        assertFalse(UnitConversion.explains(numbers(), numbers()));
        assertFalse(UnitConversion.explains(numbers("50"), numbers()));
        assertFalse(UnitConversion.explains(numbers("50", "7"), numbers("80")), "one number left unexplained");
        assertFalse(UnitConversion.explains(numbers("50", "100"), numbers("80", "45")), "mixed factors");
        assertFalse(UnitConversion.explains(numbers("12"), numbers("120")));
        assertFalse(UnitConversion.explains(numbers("x"), numbers("8")));
    }

    /**
     * A year changed by one, a month changed by one, a count changed from 12 to 21: none is a unit
     * conversion, yet the 0.9144 (yards) and 1.609 (miles) factors with 12% tolerance and no unit word
     * required explain them all.
     */
    @Test
    @Disabled("bug: UnitConversion.explains needs no unit word, so ratios in about 0.80-1.23 and 1.42-4.24 all pass")
    void changedNumbersWithoutUnitsAreNotConversions() {
        assertFalse(UnitConversion.explains(numbers("2019"), numbers("2020")), "year 2019 -> 2020");
        assertFalse(UnitConversion.explains(numbers("9"), numbers("10")), "September -> oktober");
        assertFalse(UnitConversion.explains(numbers("12"), numbers("21")), "12 -> 21");
        assertFalse(UnitConversion.explains(numbers("100"), numbers("110")), "100 -> 110");
    }
}
