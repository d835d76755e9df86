package org.tandem.flag;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitConversionTest {
    private static List<NumberExtractor.StatedNumber> numbers(String... values) {
        return java.util.Arrays.stream(values).map(v -> new NumberExtractor.StatedNumber(v, v)).toList();
    }

    private static boolean explains(String source, String target, List<NumberExtractor.StatedNumber> from,
                                    List<NumberExtractor.StatedNumber> to) {
        return UnitConversion.explains(from, to, source, target);
    }

    @Test
    void realConversionsAreExplained() {
        assertTrue(explains("a 50 mile drive", "een rit van 80 km", numbers("50"), numbers("80")), "miles to km");
        assertTrue(explains("a 10-pound bag", "een zak van 4,5 kilo", numbers("10"), numbers("4.5")), "pounds to kg");
        assertTrue(explains("he is 6 ft tall", "hij is 1,8 meter", numbers("6"), numbers("1.8")), "feet to metres");
        assertTrue(explains("it was 95 degrees", "het was 35 graden", numbers("95"), numbers("35")), "Fahrenheit to Celsius");
        assertTrue(explains("50 miles and 100 miles", "80 en 160 km", numbers("50", "100"), numbers("80", "160")),
                "two distances");
        assertTrue(explains("een rit van 80 km", "a 50 mile drive", numbers("80"), numbers("50")),
                "the unit named on the target side works the other way round");
    }

    @Test
    void incompleteOrUnrelatedPairsAreNotExplained() {
        assertFalse(explains("50 miles", "", numbers(), numbers()));
        assertFalse(explains("50 miles", "", numbers("50"), numbers()));
        assertFalse(explains("50 miles, 7 days", "80 km", numbers("50", "7"), numbers("80")), "one number left unexplained");
        assertFalse(explains("50 miles, 100 miles", "80 km, 45 km", numbers("50", "100"), numbers("80", "45")), "mixed factors");
        assertFalse(explains("12 miles", "120 km", numbers("12"), numbers("120")));
        assertFalse(explains("x miles", "8 km", numbers("x"), numbers("8")));
    }

    /** A year, a month or a count changed a little is no unit conversion when no unit is named. */
    @Test
    void changedNumbersWithoutUnitsAreNotConversions() {
        assertFalse(explains("in 2019", "in 2020", numbers("2019"), numbers("2020")), "year 2019 -> 2020");
        assertFalse(explains("September 9", "9 oktober", numbers("9"), numbers("10")), "September -> oktober");
        assertFalse(explains("12 people", "21 mensen", numbers("12"), numbers("21")), "12 -> 21");
        assertFalse(explains("100 houses", "110 huizen", numbers("100"), numbers("110")), "100 -> 110");
        assertFalse(explains("a mile away, 9 houses", "9 huizen verder, 10", numbers("9"), numbers("10")),
                "a unit word not next to a number does not count");
    }
}
