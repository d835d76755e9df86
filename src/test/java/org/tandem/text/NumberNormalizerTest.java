package org.tandem.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumberNormalizerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "42|42", "042|42", "100,000|100000", "100.000|100000", "1,000,000|1000000", "1.000.000|1000000",
        "3.5|3.5", "3,5|3.5", "3.50|3.5", "0,25|0.25", "77th|77", "77e|77", "1st|1", "2nd|2", "5km|5",
        "2.5kg|2.5", "2023.|2023", "1.2345|1.2345", "100 000|100000", "10.0|10"})
    void normalisesHowEitherLanguageWritesNumbers(String written, String canonical) {
        assertEquals(Optional.of(canonical), NumberNormalizer.normalize(written));
    }

    @Test
    void nonNumbersGiveNothing() {
        assertEquals(Optional.empty(), NumberNormalizer.normalize("abc"));
        assertEquals(Optional.empty(), NumberNormalizer.normalize(""));
        assertEquals(Optional.empty(), NumberNormalizer.normalize("12abcdef"));
        assertEquals(Optional.empty(), NumberNormalizer.normalize("1,2,3"));
    }

    @Test
    void threeDigitDecimalIsReadAsGrouping() {
        assertEquals(Optional.of("1234"), NumberNormalizer.normalize("1,234"), "documented limitation");
    }
}
