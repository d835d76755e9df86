package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.align.Bead;
import org.tandem.flag.Alignment;
import org.tandem.flag.FlaggedBead;
import org.tandem.segment.Segment;
import org.xml.sax.SAXParseException;

/** The XLIFF output is valid against the OASIS XLIFF 1.2 strict schema (plus Tandem's two attributes). */
class XliffSchemaTest {
    @Test
    void sampleWithEveryKindOfBeadIsValid() {
        assertValid(SampleAlignment.create());
    }

    @Test
    void largeAlignmentIsValid() {
        assertValid(SampleAlignment.large(500));
    }

    @Test
    void seedAlignmentIsValid() {
        Alignment seed = SeedAlignment.get();
        assertTrue(seed.beads().size() > 10, "the seed alignment has beads");
        assertValid(seed);
    }

    @Test
    void alignmentWithoutBeadsIsValid() {
        // XLIFF 1.2 allows an empty <body>; an empty input must still give a well-formed, valid file.
        assertValid(new Alignment("empty", "en", "nl", List.of(), List.of(), List.of()));
    }

    @Test
    void languageTagsWithRegionsAreValid() {
        Alignment alignment = new Alignment("pt-br", "en-GB", "pt-BR",
                List.of(new Segment(0, "Hello.", 0)), List.of(new Segment(0, "Olá.", 0)),
                List.of(new FlaggedBead(new Bead(0, 1, 0, 1), 0.98765, List.of())));
        assertValid(alignment);
    }

    @Test
    void validationReallyChecksTheSchema() {
        String valid = new String(WriterOutput.bytes(new XliffWriter("1"), SampleAlignment.create()), StandardCharsets.UTF_8);
        // An unknown state value, a trans-unit without id and an undeclared extension attribute are all refused.
        assertInvalid(valid.replace("state=\"translated\"", "state=\"done\""));
        assertInvalid(valid.replace("<trans-unit id=\"2\"", "<trans-unit"));
        assertInvalid(valid.replace("tandem:score=\"0.900\"", "tandem:score=\"high\""));
        assertInvalid(valid.replace("tandem:score=\"0.900\"", "tandem:colour=\"red\""));
    }

    @Test
    void reviewedAlignmentIsValidInEveryScope() {
        for (Review.Scope scope : Review.Scope.values()) {
            byte[] out = WriterOutput.bytes(new XliffWriter("1.0", SampleAlignment.review(scope)), SampleAlignment.create());
            assertDoesNotThrow(() -> XmlValidation.validateXliff(out), scope.name());
        }
    }

    private static void assertValid(Alignment alignment) {
        byte[] xliff = WriterOutput.bytes(new XliffWriter("1.0"), alignment);
        assertDoesNotThrow(() -> XmlValidation.validateXliff(xliff));
    }

    private static void assertInvalid(String xliff) {
        assertThrows(SAXParseException.class, () -> XmlValidation.validateXliff(xliff.getBytes(StandardCharsets.UTF_8)));
    }
}
