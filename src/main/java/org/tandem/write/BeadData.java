package org.tandem.write;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.tandem.align.Bead;
import org.tandem.flag.Alignment;
import org.tandem.flag.Flag;
import org.tandem.flag.FlaggedBead;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * The per-bead numbers the page script needs (segment ranges for the map, flag bits for filtering
 * and j/k), as JSON for a {@code <script type="application/json">} block. Texts are not repeated
 * here: the script reads them from the rows, which keeps a large report half the size.
 *
 * <p>Each bead is {@code [sourceStart, sourceEnd, targetStart, targetEnd, flagBits]}, where bit
 * {@code k} is set when the bead has the flag kind at position {@code k} of {@code kinds}.
 */
final class BeadData {
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new ScriptSafeEscapes())
            .build();

    private BeadData() {
    }

    static String json(Alignment alignment, List<String> kinds) {
        StringWriter text = new StringWriter(alignment.beads().size() * 24 + 256);
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("name", ReportText.clean(alignment.name()));
            json.writeNumberField("sourceSegments", alignment.source().size());
            json.writeNumberField("targetSegments", alignment.target().size());
            json.writeArrayFieldStart("kinds");
            for (String kind : kinds) {
                json.writeString(kind);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("beads");
            for (FlaggedBead flagged : alignment.beads()) {
                Bead bead = flagged.bead();
                json.writeStartArray();
                json.writeNumber(bead.sourceStart());
                json.writeNumber(bead.sourceEnd());
                json.writeNumber(bead.targetStart());
                json.writeNumber(bead.targetEnd());
                json.writeNumber(bits(flagged, kinds));
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static int bits(FlaggedBead bead, List<String> kinds) {
        int bits = 0;
        for (Flag flag : bead.flags()) {
            bits |= 1 << kinds.indexOf(flag.kind().label());
        }
        return bits;
    }

    /**
     * Inside a script element the HTML parser looks for {@code </script} and {@code <!--} before
     * JSON is ever parsed, so {@code <}, {@code >} and {@code &} are written as backslash-u escapes,
     * which JSON.parse reads back unchanged.
     */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null; // only the standard backslash-u escapes set above
        }
    }
}
