package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;

import org.junit.jupiter.api.Test;
import org.tandem.flag.Alignment;
import org.tandem.flag.FlaggedBead;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class XliffWriterTest {
    private static final String XLIFF = XliffWriter.XLIFF_NS;

    private final Alignment alignment = SampleAlignment.create();
    private final byte[] xliff = WriterOutput.bytes(new XliffWriter("1.2.3"), alignment);

    @Test
    void fileAndHeaderNameTheDocumentLanguagesAndToolButNoDate() throws Exception {
        Element root = TmxWriterTest.parse(xliff).getDocumentElement();
        assertEquals(XLIFF, root.getNamespaceURI());
        assertEquals("xliff", root.getLocalName());
        assertEquals("1.2", root.getAttribute("version"));
        List<Element> files = children(root, "file");
        assertEquals(1, files.size());
        Element file = files.get(0);
        assertEquals("sample", file.getAttribute("original"));
        assertEquals("en", file.getAttribute("source-language"));
        assertEquals("nl", file.getAttribute("target-language"));
        assertEquals("plaintext", file.getAttribute("datatype"));
        assertEquals("tandem", file.getAttribute("tool-id"));
        assertFalse(file.hasAttribute("date"));
        Element tool = children(children(file, "header").get(0), "tool").get(0);
        assertEquals("tandem", tool.getAttribute("tool-id"));
        assertEquals("Tandem", tool.getAttribute("tool-name"));
        assertEquals("1.2.3", tool.getAttribute("tool-version"));
    }

    @Test
    void oneUnitPerBeadNumberedLikeTheOtherFormats() throws Exception {
        List<Element> units = units(xliff);
        assertEquals(alignment.beads().size(), units.size());
        assertEquals(List.of("1", "2", "3", "4", "5"), units.stream().map(u -> u.getAttribute("id")).toList());
        for (Element unit : units) {
            assertEquals("preserve", unit.getAttributeNS(XMLConstants.XML_NS_URI, "space"));
        }
    }

    @Test
    void sourceAndTargetHoldTheBeadTextsWithTheControlCharacterReplaced() throws Exception {
        List<Element> units = units(xliff);
        for (int i = 0; i < units.size(); i++) {
            FlaggedBead bead = alignment.beads().get(i);
            assertEquals(UnicodeText.forXml(alignment.sourceText(bead.bead())), text(units.get(i), "source"));
            assertEquals(UnicodeText.forXml(alignment.targetText(bead.bead())), text(units.get(i), "target"));
        }
        assertEquals("Kyiv, Ukraine's capital, was quiet.\nThen “quotes” appeared.", text(units.get(1), "source"));
        assertEquals("=SUM(A1) luidde de bel\uFFFD.", text(units.get(4), "target"));
    }

    @Test
    void targetStateTellsTheReviewerWhatToDo() throws Exception {
        List<Element> units = units(xliff);
        assertEquals(List.of("needs-review-translation", "translated", "needs-translation",
                        "needs-review-translation", "needs-review-translation"),
                units.stream().map(u -> child(u, "target").getAttribute("state")).toList());
    }

    @Test
    void omissionHasAnEmptyTargetToTranslate() throws Exception {
        Element omission = units(xliff).get(2);
        assertFalse(omission.hasAttribute("translate"));
        assertEquals("This sentence was dropped.", text(omission, "source"));
        assertFalse(child(omission, "target").hasChildNodes());
        assertEquals(List.of("omission: no translation for \"This sentence…\""), notes(omission));
    }

    @Test
    void additionKeepsItsTextInANonTranslatableUnitWithAnEmptySource() throws Exception {
        List<Element> units = units(xliff);
        Element addition = units.get(3);
        assertEquals("no", addition.getAttribute("translate"));
        assertFalse(child(addition, "source").hasChildNodes());
        assertEquals("Een toegevoegde zin, met komma's; en 'quotes'.", text(addition, "target"));
        assertEquals(List.of("addition: not in the source <added>"), notes(addition));
        for (int i = 0; i < units.size(); i++) {
            if (i != 3) {
                assertFalse(units.get(i).hasAttribute("translate"), "only additions are marked translate=no");
            }
        }
    }

    @Test
    void typeAndScoreAreTandemAttributesAndEachFlagIsANote() throws Exception {
        List<Element> units = units(xliff);
        assertEquals(List.of("1-1", "2-1", "1-0", "0-1", "1-1"),
                units.stream().map(u -> u.getAttributeNS(XliffWriter.TANDEM_NS, "type")).toList());
        assertEquals(List.of("0.457", "0.900", "0.000", "0.100", "1.000"),
                units.stream().map(u -> u.getAttributeNS(XliffWriter.TANDEM_NS, "score")).toList());
        assertEquals(List.of("number-mismatch: source has 5, target has 6"), notes(units.get(0)));
        assertEquals(List.of(), notes(units.get(1)));
        assertEquals(List.of("length-ratio: ratio 1.9 & rising", "untranslated: looks, like English"),
                notes(units.get(4)));
        for (Element unit : units) {
            for (Element note : children(unit, "note")) {
                assertEquals("tandem", note.getAttribute("from"));
            }
        }
    }

    @Test
    void writesTheExactLayout() {
        String text = new String(xliff, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:tandem="urn:tandem:xliff" version="1.2">
                  <file original="sample" source-language="en" target-language="nl" datatype="plaintext" tool-id="tandem">
                    <header>
                      <tool tool-id="tandem" tool-name="Tandem" tool-version="1.2.3"/>
                    </header>
                    <body>
                      <trans-unit id="1" xml:space="preserve" tandem:type="1-1" tandem:score="0.457">
                        <source>Prices rose by 5 % in &lt;2024&gt; &amp; "beyond".</source>
                        <target state="needs-review-translation">De prijzen stegen met 6 % in &lt;2024&gt; &amp; "verder".</target>
                        <note from="tandem">number-mismatch: source has 5, target has 6</note>
                      </trans-unit>
                """), text);
        assertTrue(text.contains("""
                      <trans-unit id="3" xml:space="preserve" tandem:type="1-0" tandem:score="0.000">
                        <source>This sentence was dropped.</source>
                        <target state="needs-translation"/>
                        <note from="tandem">omission: no translation for "This sentence…"</note>
                      </trans-unit>
                      <trans-unit id="4" translate="no" xml:space="preserve" tandem:type="0-1" tandem:score="0.100">
                        <source/>
                        <target state="needs-review-translation">Een toegevoegde zin, met komma's; en 'quotes'.</target>
                        <note from="tandem">addition: not in the source &lt;added&gt;</note>
                      </trans-unit>
                """), text);
        assertTrue(text.endsWith("    </body>\n  </file>\n</xliff>\n"), text);
        assertFalse(text.contains(SampleAlignment.BELL));
    }

    @Test
    void isByteForByteReproducible() {
        assertArrayEquals(xliff, WriterOutput.bytes(new XliffWriter("1.2.3"), SampleAlignment.create()));
    }

    @Test
    void defaultVersionIsTheBuildVersion() throws Exception {
        Element root = TmxWriterTest.parse(WriterOutput.bytes(new XliffWriter(), alignment)).getDocumentElement();
        Element tool = child(child(child(root, "file"), "header"), "tool");
        assertEquals(ToolVersion.current(), tool.getAttribute("tool-version"));
    }

    @Test
    void xliffIsAnOutputFormatWrittenAsXlf() {
        assertEquals("xlf", OutputFormat.XLIFF.extension());
        assertEquals("tmx", OutputFormat.TMX.extension());
        assertEquals(OutputFormat.XLIFF, OutputFormat.parse("xliff"));
        assertEquals(OutputFormat.XLIFF, OutputFormat.parse(" XLF "));
        assertInstanceOf(XliffWriter.class, Writers.forFormat(OutputFormat.XLIFF, "1.0"));
        assertInstanceOf(XliffWriter.class, Writers.forFormat(OutputFormat.XLIFF));
    }

    static List<Element> units(byte[] xliff) throws Exception {
        Element root = TmxWriterTest.parse(xliff).getDocumentElement();
        return children(child(child(root, "file"), "body"), "trans-unit");
    }

    static String text(Element unit, String name) {
        return child(unit, name).getTextContent();
    }

    static List<String> notes(Element unit) {
        return children(unit, "note").stream().map(Node::getTextContent).toList();
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), name);
        assertNotNull(found.get(0));
        return found.get(0);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XLIFF.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }
}
