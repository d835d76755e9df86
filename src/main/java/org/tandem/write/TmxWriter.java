package org.tandem.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.tandem.flag.Alignment;

/**
 * Writes a TMX 1.4b translation memory with one {@code <tu>} per two-sided bead. Omissions and
 * additions have no translation pair and are left out, but {@code tuid} is the bead's 1-based
 * number in the full bead list, so TMX units can be matched with CSV and JSONL rows.
 *
 * <p>Each unit carries {@code x-tandem-type}, {@code x-tandem-score} and, when the bead is
 * flagged, {@code x-tandem-flags} (comma-separated labels) props, one {@code <note>} per flag
 * ({@code label: reason}), then the source and target {@code <tuv>}.
 *
 * <p>The output is byte-for-byte reproducible: no creation date, and indentation written by this
 * class. The JDK's own StAX implementation is used even when another (such as Woodstox) is on
 * the class path, so the bytes do not depend on the class path either. Characters XML 1.0
 * forbids, such as most control characters, are replaced by U+FFFD; CR and CRLF become LF.
 */
public final class TmxWriter implements AlignmentWriter {

    private final String toolVersion;

    /** Reports {@link ToolVersion#current()} as the creation tool version. */
    public TmxWriter() {
        this(ToolVersion.current());
    }

    public TmxWriter(String toolVersion) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    }

    @Override
    public void write(Alignment alignment, OutputStream out) throws IOException {
        XmlDocument.write(out, "TMX", xml -> new Document(xml).write(alignment));
    }

    /** The {@code <header>} element, shared with {@link CorpusTmxWriter}. */
    static void writeHeader(XMLStreamWriter xml, String toolVersion, String sourceLanguage) throws XMLStreamException {
        xml.writeEmptyElement("header");
        XmlDocument.attribute(xml, "creationtool", "Tandem");
        XmlDocument.attribute(xml, "creationtoolversion", toolVersion);
        XmlDocument.attribute(xml, "segtype", "sentence");
        XmlDocument.attribute(xml, "o-tmf", "Tandem");
        XmlDocument.attribute(xml, "adminlang", "en");
        XmlDocument.attribute(xml, "srclang", sourceLanguage);
        XmlDocument.attribute(xml, "datatype", "plaintext");
    }

    /** One document being written; knows the TMX element layout and the indentation. */
    private final class Document {
        private final XMLStreamWriter xml;

        Document(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void write(Alignment alignment) throws XMLStreamException {
            xml.writeStartDocument("UTF-8", "1.0");
            newline(0);
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            newline(1);
            writeHeader(alignment);
            newline(1);
            xml.writeStartElement("body");
            for (int i = 0; i < alignment.beads().size(); i++) {
                if (alignment.beads().get(i).bead().isTwoSided()) {
                    newline(2);
                    writeUnit(alignment, BeadView.of(alignment, i));
                }
            }
            newline(1);
            xml.writeEndElement(); // body
            newline(0);
            xml.writeEndElement(); // tmx
            newline(0);
            xml.writeEndDocument();
            xml.flush();
        }

        private void writeHeader(Alignment alignment) throws XMLStreamException {
            TmxWriter.writeHeader(xml, toolVersion, alignment.sourceLanguage());
        }

        private void writeUnit(Alignment alignment, BeadView bead) throws XMLStreamException {
            xml.writeStartElement("tu");
            attribute("tuid", Integer.toString(bead.number()));
            writeProp("x-tandem-type", bead.type());
            writeProp("x-tandem-score", bead.scoreText());
            if (!bead.flags().isEmpty()) {
                writeProp("x-tandem-flags", String.join(",", bead.flags()));
            }
            for (int i = 0; i < bead.flags().size(); i++) {
                newline(3);
                textElement("note", bead.flags().get(i) + ": " + bead.reasons().get(i));
            }
            writeVariant(alignment.sourceLanguage(), bead.sourceText());
            writeVariant(alignment.targetLanguage(), bead.targetText());
            newline(2);
            xml.writeEndElement(); // tu
        }

        private void writeProp(String type, String value) throws XMLStreamException {
            newline(3);
            xml.writeStartElement("prop");
            attribute("type", type);
            xml.writeCharacters(UnicodeText.forXml(value));
            xml.writeEndElement();
        }

        private void writeVariant(String language, String segment) throws XMLStreamException {
            newline(3);
            xml.writeStartElement("tuv");
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang",
                    UnicodeText.forXml(language));
            newline(4);
            // No whitespace inside <seg>: there it would become part of the segment text.
            textElement("seg", segment);
            newline(3);
            xml.writeEndElement(); // tuv
        }

        private void textElement(String name, String content) throws XMLStreamException {
            XmlDocument.textElement(xml, name, content);
        }

        private void attribute(String name, String value) throws XMLStreamException {
            XmlDocument.attribute(xml, name, value);
        }

        private void newline(int depth) throws XMLStreamException {
            XmlDocument.newline(xml, depth);
        }
    }
}
