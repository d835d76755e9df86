package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.tandem.flag.Alignment;
import org.tandem.flag.FlaggedBead;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class TmxWriterTest {
    private final Alignment alignment = SampleAlignment.create();
    private final byte[] tmx = WriterOutput.bytes(new TmxWriter("1.2.3"), alignment);

    @Test
    void headerCarriesTheToolAndLanguageButNoDate() throws Exception {
        Element root = parse(tmx).getDocumentElement();
        assertEquals("tmx", root.getTagName());
        assertEquals("1.4", root.getAttribute("version"));
        Element header = children(root, "header").get(0);
        assertEquals("Tandem", header.getAttribute("creationtool"));
        assertEquals("1.2.3", header.getAttribute("creationtoolversion"));
        assertEquals("sentence", header.getAttribute("segtype"));
        assertEquals("Tandem", header.getAttribute("o-tmf"));
        assertEquals("en", header.getAttribute("adminlang"));
        assertEquals("en", header.getAttribute("srclang"));
        assertEquals("plaintext", header.getAttribute("datatype"));
        assertFalse(header.hasAttribute("creationdate"));
    }

    @Test
    void oneUnitPerTwoSidedBeadNumberedByItsPlaceInAllBeads() throws Exception {
        List<Element> units = units(parse(tmx));
        assertEquals(3, units.size()); // 1-1, 2-1 and 1-1; the omission and addition have no pair
        assertEquals(List.of("1", "2", "5"), units.stream().map(u -> u.getAttribute("tuid")).toList());
    }

    @Test
    void segmentsHoldTheBeadTextsWithTheControlCharacterReplaced() throws Exception {
        List<Element> units = units(parse(tmx));
        int[] beadIndexes = {0, 1, 4};
        for (int u = 0; u < units.size(); u++) {
            FlaggedBead bead = alignment.beads().get(beadIndexes[u]);
            List<Element> variants = children(units.get(u), "tuv");
            assertEquals(2, variants.size());
            assertEquals("en", variants.get(0).getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
            assertEquals("nl", variants.get(1).getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
            assertEquals(xmlSafe(alignment.sourceText(bead.bead())), segText(variants.get(0)));
            assertEquals(xmlSafe(alignment.targetText(bead.bead())), segText(variants.get(1)));
        }
        assertEquals("Kyiv, Ukraine's capital, was quiet.\nThen “quotes” appeared.", segText(children(units.get(1), "tuv").get(0)));
        assertEquals("=SUM(A1) luidde de bel\uFFFD.", segText(children(units.get(2), "tuv").get(1)));
    }

    @Test
    void propsAndNotesDescribeTheBead() throws Exception {
        List<Element> units = units(parse(tmx));
        assertEquals(List.of("x-tandem-type=1-1", "x-tandem-score=0.457", "x-tandem-flags=number-mismatch"),
                props(units.get(0)));
        assertEquals(List.of("number-mismatch: source has 5, target has 6"), notes(units.get(0)));

        assertEquals(List.of("x-tandem-type=2-1", "x-tandem-score=0.900"), props(units.get(1)));
        assertEquals(List.of(), notes(units.get(1)));

        assertEquals(List.of("x-tandem-type=1-1", "x-tandem-score=1.000", "x-tandem-flags=length-ratio,untranslated"),
                props(units.get(2)));
        assertEquals(List.of("length-ratio: ratio 1.9 & rising", "untranslated: looks, like English"),
                notes(units.get(2)));
    }

    @Test
    void escapesMarkupInsteadOfEmittingIt() {
        String text = new String(tmx, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header "), text);
        assertTrue(text.contains("&lt;2024&gt; &amp;"), text);
        assertTrue(text.contains("Oekraïne"), "non-ASCII written as UTF-8");
        assertFalse(text.contains(SampleAlignment.BELL));
    }

    @Test
    void indentsOutsideSegmentsOnly() {
        String text = new String(tmx, StandardCharsets.UTF_8);
        assertTrue(text.contains("""
                    <tu tuid="2">
                      <prop type="x-tandem-type">2-1</prop>
                      <prop type="x-tandem-score">0.900</prop>
                      <tuv xml:lang="en">
                        <seg>Kyiv, Ukraine's capital, was quiet.
                Then “quotes” appeared.</seg>
                      </tuv>
                """), text);
        assertTrue(text.endsWith("  </body>\n</tmx>\n"), text);
    }

    @Test
    void isByteForByteReproducible() {
        assertArrayEquals(tmx, WriterOutput.bytes(new TmxWriter("1.2.3"), SampleAlignment.create()));
    }

    @Test
    void defaultVersionFallsBackWhenThereIsNoManifest() throws Exception {
        Element header = children(parse(WriterOutput.bytes(new TmxWriter(), alignment)).getDocumentElement(), "header").get(0);
        assertEquals(ToolVersion.current(), header.getAttribute("creationtoolversion"));
        assertFalse(header.getAttribute("creationtoolversion").isBlank());
    }

    private static String xmlSafe(String text) {
        return text.replace(SampleAlignment.BELL, "\uFFFD");
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> units(Document document) {
        Element body = children(document.getDocumentElement(), "body").get(0);
        return children(body, "tu");
    }

    private static String segText(Element variant) {
        List<Element> segs = children(variant, "seg");
        assertEquals(1, segs.size());
        return segs.get(0).getTextContent();
    }

    private static List<String> props(Element unit) {
        return children(unit, "prop").stream().map(p -> p.getAttribute("type") + "=" + p.getTextContent()).toList();
    }

    private static List<String> notes(Element unit) {
        return children(unit, "note").stream().map(Node::getTextContent).toList();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }
}
