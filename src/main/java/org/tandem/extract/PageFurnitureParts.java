package org.tandem.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The page headers and footers of a word-processor file, read from the parts that hold them: an
 * ODT's master pages in {@code styles.xml}, a DOCX's {@code word/header*.xml} and
 * {@code word/footer*.xml}. Tika either mixes their text into the body with nothing to tell it apart
 * (ODT) or leaves it out without a count (DOCX, when asked to); knowing it lets the extractor set it
 * aside and say so.
 */
final class PageFurnitureParts {
    private static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String ODT_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final List<String> ODT_REGIONS = List.of("header", "header-left", "header-first",
            "footer", "footer-left", "footer-first");

    private PageFurnitureParts() {
    }

    /** The normalised text of each header and footer paragraph of an ODT, in document order. */
    static List<String> odt(Path file) {
        return read(file, false);
    }

    /** The normalised text of each header and footer paragraph of a DOCX, headers first. */
    static List<String> docx(Path file) {
        return read(file, true);
    }

    private static List<String> read(Path file, boolean docx) {
        List<String> texts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> parts = new ArrayList<>();
            if (docx) {
                Collections.list(zip.entries()).stream().map(ZipEntry::getName)
                        .filter(n -> n.matches("word/header[0-9]*\\.xml")).sorted().forEach(parts::add);
                Collections.list(zip.entries()).stream().map(ZipEntry::getName)
                        .filter(n -> n.matches("word/footer[0-9]*\\.xml")).sorted().forEach(parts::add);
            } else {
                parts.add("styles.xml");
            }
            for (String part : parts) {
                ZipEntry entry = zip.getEntry(part);
                if (entry != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        texts.addAll(docx ? paragraphs(in, WORD_NS, "p", "t", null)
                                : paragraphs(in, ODT_TEXT_NS, "p", null, ODT_REGIONS));
                    }
                }
            }
        } catch (IOException | XMLStreamException e) {
            // Tika has read the file already; without these parts there is simply no furniture to find.
            return List.of();
        }
        return texts;
    }

    /**
     * The paragraphs ({@code ns:paragraph} elements, also {@code ns:h} in ODT) of one XML part; only
     * the characters inside {@code ns:textElement} when given; only inside {@code style:} regions when
     * given.
     */
    private static List<String> paragraphs(InputStream in, String ns, String paragraphName, String textName,
            List<String> regions) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(in);
        List<String> texts = new ArrayList<>();
        int regionDepth = regions == null ? 1 : 0;
        int paragraphDepth = 0;
        int textDepth = textName == null ? 1 : 0;
        StringBuilder paragraph = new StringBuilder();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                String name = reader.getLocalName();
                if (regions != null && STYLE_NS.equals(reader.getNamespaceURI()) && regions.contains(name)) {
                    regionDepth++;
                } else if (regionDepth > 0 && ns.equals(reader.getNamespaceURI())) {
                    if (name.equals(paragraphName) || (regions != null && name.equals("h"))) {
                        paragraphDepth++;
                    } else if (name.equals(textName)) {
                        textDepth++;
                    }
                }
            } else if (event == XMLStreamReader.CHARACTERS && paragraphDepth > 0 && textDepth > 0) {
                paragraph.append(reader.getText());
            } else if (event == XMLStreamReader.END_ELEMENT) {
                String name = reader.getLocalName();
                if (regions != null && STYLE_NS.equals(reader.getNamespaceURI()) && regions.contains(name)) {
                    regionDepth--;
                } else if (paragraphDepth > 0 && ns.equals(reader.getNamespaceURI())) {
                    if (name.equals(paragraphName) || (regions != null && name.equals("h"))) {
                        paragraphDepth--;
                        String text = TextNormalizer.normalizeLine(paragraph.toString().replace('\n', ' '));
                        if (!text.isEmpty()) {
                            texts.add(text);
                        }
                        paragraph.setLength(0);
                    } else if (name.equals(textName)) {
                        textDepth--;
                    }
                }
            }
        }
        return texts;
    }
}
