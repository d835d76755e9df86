package org.tandem.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.tandem.flag.Alignment;

/**
 * Writes an XLIFF 1.2 document ({@code urn:oasis:names:tc:xliff:document:1.2}, valid against the
 * OASIS strict schema) so the alignment can be reviewed in a CAT tool. There is one
 * {@code <trans-unit>} per bead, in bead order, with {@code id} the bead's 1-based number in the
 * full bead list: the same number as TMX's {@code tuid} and the {@code bead} column of CSV and JSONL.
 *
 * <p>Layout: one {@code <file original="NAME" source-language target-language datatype="plaintext"
 * tool-id="tandem">} whose {@code <header>} holds {@code <tool tool-id="tandem" tool-name="Tandem"
 * tool-version>}, and a {@code <body>} of trans-units. Every trans-unit has
 * {@code xml:space="preserve"} (texts are written verbatim, line breaks included), the bead type and
 * rounded score as {@code tandem:type="2-1"} and {@code tandem:score="0.912"} attributes
 * ({@code xmlns:tandem="urn:tandem:xliff"}), a {@code <source>}, a {@code <target>} and one
 * {@code <note from="tandem">label: reason</note>} per flag. The target's {@code state} says what
 * a reviewer has to do:
 * <ul>
 * <li><b>two-sided, unflagged</b>: {@code state="translated"}. Not {@code signed-off} or
 * {@code final}: those record a human decision, and an aligner's confidence is not one. Tools
 * treat {@code translated} as done-but-reviewable, which is what an unflagged bead is.</li>
 * <li><b>two-sided, flagged</b> (drift: numbers, names, length, similarity, untranslated):
 * {@code state="needs-review-translation"} — the translation exists but is in doubt.</li>
 * <li><b>omission</b> (1-0): the source text with an empty {@code <target state="needs-translation"/>}:
 * the sentence was never translated, and a CAT tool offers it for translation.</li>
 * <li><b>addition</b> (0-1): {@code <trans-unit translate="no">} with an empty {@code <source/>}
 * and the added text in {@code <target state="needs-review-translation">}. The text is kept, so
 * nothing of the translation is lost and the unit numbers stay aligned with the other formats.
 * An empty source is valid XLIFF 1.2 ({@code <source>} is required but may be empty), and
 * {@code translate="no"} tells CAT tools there is nothing to translate: Okapi's XLIFF filter
 * reads the unit as a non-translatable text unit with its target intact (tested), and OmegaT's
 * own XLIFF filter (3.6) shows no segment for it and writes it back unchanged. The alternatives
 * are worse: the added text as {@code <source>} would claim target-language text is source, and
 * dropping the bead (as TMX must, having no one-sided units) would hide exactly what a reviewer
 * should see. Only the flag note, {@code addition: …}, is shown for it in most editors.</li>
 * </ul>
 *
 * <p>The {@code tandem:} attributes use the extension point XLIFF 1.2 offers on
 * {@code <trans-unit>} (attributes from any other namespace). The strict schema validates such
 * attributes strictly, so a validating checker needs a schema for {@code urn:tandem:xliff} (two
 * global attributes, {@code type} a string and {@code score} a decimal); the tests validate
 * against the OASIS schema together with that one. Tools that do not know the namespace ignore it.
 *
 * <p>Given a reviewer's {@link Review}: a confirmed two-sided bead's target is {@code signed-off} (a human
 * decision now), a rejected one's {@code needs-review-translation}, and an open one's {@code translated}
 * once every flag is dismissed; dismissed flags lose their tandem note, and each verdict, the bead note and
 * an edit get a {@code <note from="reviewer">}. With the only-confirmed scope only confirmed beads are written.
 *
 * <p>As with {@link TmxWriter}, the output is byte-for-byte reproducible (no date, indentation
 * written by this class, the JDK's own StAX implementation); characters XML 1.0 forbids become
 * U+FFFD and CR/CRLF become LF.
 */
public final class XliffWriter implements AlignmentWriter {
    /** The XLIFF 1.2 namespace. */
    public static final String XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2";
    /** The namespace of Tandem's own attributes ({@code tandem:type}, {@code tandem:score}). */
    public static final String TANDEM_NS = "urn:tandem:xliff";
    static final String TANDEM_PREFIX = "tandem";

    private final String toolVersion;
    private final Review review;

    /** Reports {@link ToolVersion#current()} as the tool version. */
    public XliffWriter() {
        this(ToolVersion.current());
    }

    public XliffWriter(String toolVersion) {
        this(toolVersion, null);
    }

    /** @param review the reviewer's decisions to reflect, or null for an alignment nobody reviewed */
    public XliffWriter(String toolVersion, Review review) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
        this.review = review;
    }

    @Override
    public void write(Alignment alignment, OutputStream out) throws IOException {
        XmlDocument.write(out, "XLIFF", xml -> new Document(xml).write(alignment));
    }

    /** One document being written. Elements are written unprefixed under the default namespace. */
    private final class Document {
        private final XMLStreamWriter xml;

        Document(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void write(Alignment alignment) throws XMLStreamException {
            xml.writeStartDocument("UTF-8", "1.0");
            newline(0);
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(XLIFF_NS);
            xml.writeNamespace(TANDEM_PREFIX, TANDEM_NS);
            xml.writeAttribute("version", "1.2");
            newline(1);
            xml.writeStartElement("file");
            attribute("original", alignment.name());
            attribute("source-language", alignment.sourceLanguage());
            attribute("target-language", alignment.targetLanguage());
            attribute("datatype", "plaintext");
            attribute("tool-id", "tandem");
            newline(2);
            xml.writeStartElement("header");
            newline(3);
            xml.writeEmptyElement("tool");
            attribute("tool-id", "tandem");
            attribute("tool-name", "Tandem");
            attribute("tool-version", toolVersion);
            newline(2);
            xml.writeEndElement(); // header
            newline(2);
            xml.writeStartElement("body");
            for (int i = 0; i < alignment.beads().size(); i++) {
                if (review == null || review.inExport(i)) {
                    newline(3);
                    writeUnit(BeadView.of(alignment, i, review));
                }
            }
            newline(2);
            xml.writeEndElement(); // body
            newline(1);
            xml.writeEndElement(); // file
            newline(0);
            xml.writeEndElement(); // xliff
            newline(0);
            xml.writeEndDocument();
            xml.flush();
        }

        private void writeUnit(BeadView bead) throws XMLStreamException {
            boolean addition = bead.sourceIds().isEmpty();
            boolean omission = bead.targetIds().isEmpty();
            xml.writeStartElement("trans-unit");
            attribute("id", Integer.toString(bead.number()));
            if (addition) {
                attribute("translate", "no");
            }
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "space", "preserve");
            xml.writeAttribute(TANDEM_PREFIX, TANDEM_NS, "type", bead.type());
            xml.writeAttribute(TANDEM_PREFIX, TANDEM_NS, "score", bead.scoreText());

            newline(4);
            textElement("source", bead.sourceText());
            newline(4);
            if (omission) {
                xml.writeEmptyElement("target");
                attribute("state", "needs-translation");
            } else {
                xml.writeStartElement("target");
                attribute("state", state(bead, addition));
                xml.writeCharacters(UnicodeText.forXml(bead.targetText()));
                xml.writeEndElement();
            }
            for (int i = 0; i < bead.flags().size(); i++) {
                if (bead.verdict(i) != FlagVerdict.DISMISSED) {
                    note("tandem", bead.flags().get(i) + ": " + bead.reasons().get(i));
                }
            }
            if (bead.decision() != null) {
                for (String note : ReviewNotes.of(bead)) {
                    note("reviewer", note);
                }
            }
            newline(3);
            xml.writeEndElement(); // trans-unit
        }

        private String state(BeadView bead, boolean addition) {
            BeadDecision decision = bead.decision();
            if (decision == null) {
                return addition || !bead.flags().isEmpty() ? "needs-review-translation" : "translated";
            }
            if (decision.status() == ReviewStatus.CONFIRMED && !addition) {
                return "signed-off";
            }
            return addition || decision.status() == ReviewStatus.REJECTED || decision.hasStandingFlag()
                    ? "needs-review-translation" : "translated";
        }

        private void note(String from, String text) throws XMLStreamException {
            newline(4);
            xml.writeStartElement("note");
            attribute("from", from);
            xml.writeCharacters(UnicodeText.forXml(text));
            xml.writeEndElement();
        }

        private void textElement(String name, String content) throws XMLStreamException {
            if (content.isEmpty()) {
                xml.writeEmptyElement(name);
            } else {
                XmlDocument.textElement(xml, name, content);
            }
        }

        private void attribute(String name, String value) throws XMLStreamException {
            XmlDocument.attribute(xml, name, value);
        }

        private void newline(int depth) throws XMLStreamException {
            XmlDocument.newline(xml, depth);
        }
    }
}
