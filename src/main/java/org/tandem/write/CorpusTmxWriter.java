package org.tandem.write;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.tandem.input.PlainMessage;

/**
 * One TMX 1.4b file for a whole corpus, written document by document so that no more than one
 * document's units are in memory at a time. Each document's units are read back from the TMX that
 * {@link TmxWriter} wrote for it and copied element by element through StAX, with a
 * {@code <prop type="x-tandem-document">} naming the document added first in every {@code <tu>};
 * their {@code tuid} stays the bead number, as in the document's own files.
 */
public final class CorpusTmxWriter implements Closeable {
    /** The prop that names the document a unit comes from. */
    public static final String DOCUMENT_PROP = "x-tandem-document";
    private static final XMLInputFactory INPUT = inputFactory();

    private final Writer text;
    private final XMLStreamWriter xml;

    /**
     * Writes the XML declaration, the header and the opening of the body.
     *
     * @param sourceLanguage the header's {@code srclang}: the documents' common source language, or
     *                       {@code *all*} when they differ
     */
    public CorpusTmxWriter(OutputStream out, String toolVersion, String sourceLanguage) throws IOException {
        Objects.requireNonNull(toolVersion, "toolVersion");
        text = new BufferedWriter(new OutputStreamWriter(new NonClosingOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
        try {
            xml = XmlDocument.streamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            XmlDocument.newline(xml, 0);
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            XmlDocument.newline(xml, 1);
            TmxWriter.writeHeader(xml, toolVersion, sourceLanguage);
            XmlDocument.newline(xml, 1);
            xml.writeStartElement("body");
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the corpus TMX: " + e.getMessage(), e);
        }
    }

    /** Copies every unit of {@code documentTmx}, a file {@link TmxWriter} wrote, tagged with {@code name}. */
    public void addDocument(String name, InputStream documentTmx) throws IOException {
        try {
            XMLStreamReader in = INPUT.createXMLStreamReader(documentTmx, "UTF-8");
            try {
                while (in.hasNext()) {
                    if (in.next() == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("tu")) {
                        copyUnit(in, name);
                    }
                }
            } finally {
                in.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot copy the TMX units of " + name + ": " + PlainMessage.of(e), e);
        }
    }

    /**
     * The languages of a TMX file {@link TmxWriter} wrote: the header's {@code srclang}, and the first
     * other {@code xml:lang} of a {@code <tuv>}; either is null when the file does not say.
     */
    public static java.util.List<String> languages(InputStream tmx) throws IOException {
        try {
            XMLStreamReader in = INPUT.createXMLStreamReader(tmx, "UTF-8");
            try {
                String source = null;
                while (in.hasNext()) {
                    if (in.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (in.getLocalName().equals("header")) {
                        source = in.getAttributeValue(null, "srclang");
                    } else if (in.getLocalName().equals("tuv")) {
                        String language = in.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                        if (language != null && !language.equals(source)) {
                            return java.util.Arrays.asList(source, language);
                        }
                    }
                }
                return java.util.Arrays.asList(source, null);
            } finally {
                in.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot read a TMX header: " + e.getMessage(), e);
        }
    }

    /** The reader stands on a {@code <tu>} start; copies through its end, the indentation included. */
    private void copyUnit(XMLStreamReader in, String name) throws XMLStreamException {
        XmlDocument.newline(xml, 2);
        copyStart(in);
        XmlDocument.newline(xml, 3);
        xml.writeStartElement("prop");
        XmlDocument.attribute(xml, "type", DOCUMENT_PROP);
        xml.writeCharacters(UnicodeText.forXml(name));
        xml.writeEndElement();
        int depth = 1;
        while (depth > 0) {
            switch (in.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    copyStart(in);
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    xml.writeEndElement();
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA ->
                        xml.writeCharacters(in.getText());
                default -> {
                    // comments and processing instructions: TmxWriter writes none
                }
            }
        }
    }

    private void copyStart(XMLStreamReader in) throws XMLStreamException {
        xml.writeStartElement(in.getLocalName());
        for (int a = 0; a < in.getAttributeCount(); a++) {
            if (XMLConstants.XML_NS_URI.equals(in.getAttributeNamespace(a))) {
                xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, in.getAttributeLocalName(a),
                        in.getAttributeValue(a));
            } else {
                xml.writeAttribute(in.getAttributeLocalName(a), in.getAttributeValue(a));
            }
        }
    }

    /** Ends the body and the document and flushes; the caller's stream stays open. */
    @Override
    public void close() throws IOException {
        try {
            XmlDocument.newline(xml, 1);
            xml.writeEndElement(); // body
            XmlDocument.newline(xml, 0);
            xml.writeEndElement(); // tmx
            XmlDocument.newline(xml, 0);
            xml.writeEndDocument();
            xml.close();
            text.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot finish the corpus TMX: " + e.getMessage(), e);
        }
    }

    /** The JDK's own parser, like the writer; no DTDs or external entities: the input is our own output. */
    private static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
