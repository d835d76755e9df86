package org.tandem.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.tandem.flag.Alignment;
import org.tandem.text.SetAsideText;

/**
 * Lists what extraction set aside from the two documents (page headers, footers, page numbers), one
 * JSON object per line, source first: {@code {"side":"source","kind":"page header/footer","page":1,
 * "text":"Page 1 / 7"}}. {@code page} is 1-based, or 0 where the format has no pages (DOCX, ODT).
 * Nothing here is aligned; the file says what the alignment left out.
 */
public final class SetAsideWriter implements AlignmentWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public void write(Alignment alignment, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(new NonClosingOutputStream(out), JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            writeSide(json, "source", alignment.sourceSetAside());
            writeSide(json, "target", alignment.targetSetAside());
        }
    }

    private static void writeSide(JsonGenerator json, String side, List<SetAsideText> texts) throws IOException {
        for (SetAsideText text : texts) {
            json.writeStartObject();
            json.writeStringField("side", side);
            json.writeStringField("kind", text.kind());
            json.writeNumberField("page", text.page());
            json.writeStringField("text", UnicodeText.withoutLoneSurrogates(text.text()));
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
