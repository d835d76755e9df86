package org.tandem.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.tandem.input.PlainMessage;

/**
 * What the XML writers share: a StAX writer over the caller's stream, and deterministic indentation
 * (written as text, since StAX has none and the output must be the same bytes every time).
 */
final class XmlDocument {
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();
    private static final int MAX_DEPTH = 8;
    private static final String[] NEWLINE_AND_INDENT = new String[MAX_DEPTH + 1];

    static {
        for (int depth = 0; depth <= MAX_DEPTH; depth++) {
            NEWLINE_AND_INDENT[depth] = "\n" + "  ".repeat(depth);
        }
    }

    /** Writes the document's elements to the StAX writer it is given. */
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlDocument() {
    }

    /**
     * Writes one UTF-8 document to {@code out} without closing it. Our own encoder rather than
     * createXMLStreamWriter(OutputStream): we control the buffering, and closing it only flushes.
     */
    static void write(OutputStream out, String format, Body body) throws IOException {
        try (Writer text = new BufferedWriter(
                new OutputStreamWriter(new NonClosingOutputStream(out), StandardCharsets.UTF_8))) {
            XMLStreamWriter xml = XML.createXMLStreamWriter(text);
            body.write(xml);
            xml.close(); // ends the StAX writer only; it never closes the underlying Writer
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + format + ": " + PlainMessage.of(e), e);
        }
    }

    /** A StAX writer over {@code text}, for a document written piece by piece; closing it leaves {@code text} open. */
    static XMLStreamWriter streamWriter(Writer text) throws XMLStreamException {
        return XML.createXMLStreamWriter(text);
    }

    /** An element holding only text, made safe for XML 1.0 ({@link UnicodeText#forXml}). */
    static void textElement(XMLStreamWriter xml, String name, String content) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(UnicodeText.forXml(content));
        xml.writeEndElement();
    }

    /** An attribute whose value is made safe for XML 1.0. */
    static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, UnicodeText.forXml(value));
    }

    /** A line break and two spaces per level of nesting. */
    static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters(NEWLINE_AND_INDENT[depth]);
    }
}
