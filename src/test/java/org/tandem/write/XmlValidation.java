package org.tandem.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates written XML against the published schemas kept in the test resources (see the README
 * there), without any network access: every schema, import and DTD is served from the class path,
 * and anything else is refused.
 */
final class XmlValidation {
    static final String XLIFF_STRICT_XSD = "xliff-core-1.2-strict.xsd";
    static final String XML_XSD = "xml.xsd";
    static final String TANDEM_XSD = "tandem-xliff.xsd";
    static final String TMX_DTD = "tmx14.dtd";
    static final String TMX_DOCTYPE = "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">";

    private static Schema xliffSchema;

    private XmlValidation() {
    }

    /** The OASIS XLIFF 1.2 strict schema plus the schema of Tandem's extension attributes. */
    static synchronized Schema xliffSchema() {
        if (xliffSchema == null) {
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                // Local files and jars only: a schema location the resolver does not serve fails
                // instead of being fetched.
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) ->
                        XMLConstants.XML_NS_URI.equals(namespace) ? lsInput(XML_XSD, publicId) : null);
                factory.setErrorHandler(STRICT);
                xliffSchema = factory.newSchema(new javax.xml.transform.Source[] {source(XLIFF_STRICT_XSD), source(TANDEM_XSD)});
            } catch (SAXException e) {
                throw new IllegalStateException("cannot load the XLIFF schema", e);
            }
        }
        return xliffSchema;
    }

    /** Throws with the first error or warning (line and column included) if {@code xliff} is not valid. */
    static void validateXliff(byte[] xliff) throws SAXException, IOException {
        Validator validator = xliffSchema().newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setErrorHandler(STRICT);
        validator.validate(new StreamSource(new ByteArrayInputStream(xliff)));
    }

    /**
     * Validates {@code tmx} against the TMX 1.4b DTD. Tandem's TMX has no DOCTYPE, so one naming
     * {@code tmx14.dtd} is put after the XML declaration first; the DTD comes from the test resources.
     */
    static void validateTmx(byte[] tmx) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(STRICT);
        builder.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("/" + TMX_DTD) || TMX_DTD.equals(systemId)) {
                InputSource dtd = new InputSource(open(TMX_DTD));
                dtd.setSystemId(resource(TMX_DTD).toExternalForm());
                return dtd;
            }
            throw new SAXException("refusing to load external entity " + systemId);
        });
        builder.parse(new ByteArrayInputStream(withDoctype(tmx)));
    }

    /** {@code tmx} with {@link #TMX_DOCTYPE} on the line after the XML declaration. */
    static byte[] withDoctype(byte[] tmx) {
        String text = new String(tmx, StandardCharsets.UTF_8);
        int end = text.indexOf("?>");
        if (!text.startsWith("<?xml") || end < 0) {
            throw new AssertionError("TMX does not start with an XML declaration");
        }
        return (text.substring(0, end + 2) + "\n" + TMX_DOCTYPE + text.substring(end + 2)).getBytes(StandardCharsets.UTF_8);
    }

    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static StreamSource source(String name) {
        return new StreamSource(open(name), resource(name).toExternalForm());
    }

    private static LSInput lsInput(String name, String publicId) {
        try {
            DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder().getDOMImplementation();
            LSInput input = ls.createLSInput();
            input.setByteStream(open(name));
            input.setPublicId(publicId);
            input.setSystemId(resource(name).toExternalForm());
            return input;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL resource(String name) {
        URL url = XmlValidation.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource org/tandem/write/" + name);
        }
        return url;
    }

    private static InputStream open(String name) {
        try {
            return resource(name).openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
