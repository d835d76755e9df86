package org.tandem.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Given a reviewer's {@link Review}, the units follow its scope (by default the confirmed beads and those
 * with no flag left standing; rejected ones never), each unit says its status in {@code x-tandem-state},
 * dismissed flags are left out of {@code x-tandem-flags} and the notes, the reviewer's notes follow as
 * {@code <note>reviewer: …</note>}, and an edited target replaces the segments' text.
 *
 * <p>The output is byte-for-byte reproducible: no creation date, and indentation written by this
 * class. The JDK's own StAX implementation is used even when another (such as Woodstox) is on
 * the class path, so the bytes do not depend on the class path either. Characters XML 1.0
 * forbids, such as most control characters, are replaced by U+FFFD; CR and CRLF become LF.
 */
public final class TmxWriter implements AlignmentWriter {

    private final String toolVersion;
    private final Review review;

    /** Reports {@link ToolVersion#current()} as the creation tool version. */
    public TmxWriter() {
        this(ToolVersion.current());
    }

    public TmxWriter(String toolVersion) {
        this(toolVersion, null);
    }

    /** @param review the reviewer's decisions to reflect, or null for an alignment nobody reviewed */
    public TmxWriter(String toolVersion, Review review) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
        this.review = review;
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
                boolean twoSided = alignment.beads().get(i).bead().isTwoSided();
                if (review == null ? twoSided : review.inTranslationMemory(i, twoSided)) {
                    newline(2);
                    writeUnit(alignment, BeadView.of(alignment, i, review));
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
            if (bead.decision() != null) {
                writeProp("x-tandem-state", bead.decision().status().label());
            }
            List<Integer> standing = new ArrayList<>();
            for (int i = 0; i < bead.flags().size(); i++) {
                if (bead.verdict(i) != FlagVerdict.DISMISSED) {
                    standing.add(i);
                }
            }
            if (!standing.isEmpty()) {
                writeProp("x-tandem-flags", String.join(",", standing.stream().map(bead.flags()::get).toList()));
            }
            for (int i : standing) {
                newline(3);
                textElement("note", bead.flags().get(i) + ": " + bead.reasons().get(i));
            }
            if (bead.decision() != null) {
                for (String note : ReviewNotes.of(bead)) {
                    newline(3);
                    textElement("note", "reviewer: " + note);
                }
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
