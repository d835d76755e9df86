package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.flag.Alignment;
import org.xml.sax.SAXParseException;

/**
 * The TMX output is valid against the TMX 1.4b DTD. TmxWriter writes no DOCTYPE, so the test puts
 * {@code <!DOCTYPE tmx SYSTEM "tmx14.dtd">} after the XML declaration before validating.
 */
class TmxDtdTest {
    @Test
    void sampleIsValid() {
        assertValid(SampleAlignment.create());
    }

    @Test
    void largeAlignmentIsValid() {
        assertValid(SampleAlignment.large(500));
    }

    @Test
    void seedAlignmentIsValid() {
        assertValid(SeedAlignment.get());
    }

    @Test
    void alignmentWithoutBeadsIsValid() {
        assertValid(new Alignment("empty", "en", "nl", List.of(), List.of(), List.of()));
    }

    @Test
    void doctypeGoesRightAfterTheDeclaration() {
        String tmx = new String(XmlValidation.withDoctype(WriterOutput.bytes(new TmxWriter("1"), SampleAlignment.create())),
                StandardCharsets.UTF_8);
        assertTrue(tmx.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">"), tmx);
    }

    @Test
    void validationReallyChecksTheDtd() {
        String valid = new String(WriterOutput.bytes(new TmxWriter("1"), SampleAlignment.create()), StandardCharsets.UTF_8);
        assertEquals(1, count(valid, " segtype=\"sentence\""));
        assertInvalid(valid.replace(" segtype=\"sentence\"", ""));          // required header attribute
        assertInvalid(valid.replace("<tmx version=\"1.4\">", "<tmx version=\"2.0\">")); // #FIXED version
        assertInvalid(valid.replaceFirst("<prop type=\"x-tandem-type\">", "<property type=\"x-tandem-type\">")
                .replaceFirst("</prop>", "</property>"));                  // undeclared element
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void reviewedAlignmentIsValidInEveryScope() {
        for (Review.Scope scope : Review.Scope.values()) {
            byte[] out = WriterOutput.bytes(new TmxWriter("1.0", SampleAlignment.review(scope)), SampleAlignment.create());
            assertDoesNotThrow(() -> XmlValidation.validateTmx(out), scope.name());
        }
    }

    private static void assertValid(Alignment alignment) {
        byte[] tmx = WriterOutput.bytes(new TmxWriter("1.0"), alignment);
        assertDoesNotThrow(() -> XmlValidation.validateTmx(tmx));
    }

    private static void assertInvalid(String tmx) {
        assertThrows(SAXParseException.class, () -> XmlValidation.validateTmx(tmx.getBytes(StandardCharsets.UTF_8)));
    }
}
