package org.tandem.extract;

import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;

/**
 * Tells Tika not to descend into attachments and embedded objects (files attached to a PDF, a chart's
 * spreadsheet inside a DOCX): their text is not part of the translation and would break the alignment.
 */
final class EmbeddedDocumentSkipper implements EmbeddedDocumentExtractor {
    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return false;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
        // never asked to, since shouldParseEmbedded is always false
    }
}
