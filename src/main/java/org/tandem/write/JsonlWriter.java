package org.tandem.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.tandem.flag.Alignment;
import org.tandem.flag.Flag;
import org.tandem.flag.FlaggedBead;
import org.tandem.flag.Span;
import org.tandem.wordalign.WordAlignment;
import org.tandem.wordalign.WordLink;
import org.tandem.wordalign.WordToken;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * Writes one JSON object per bead, one per line ({@code \n}), in bead order. This is the contract
 * for downstream tools, so the keys always appear, always in this order:
 * <pre>
 * bead        1-based number of the bead in the full bead list
 * source_ids  0-based source segment ids (empty array for an addition)
 * target_ids  0-based target segment ids (empty array for an omission)
 * type        e.g. "2-1"
 * score       number rounded half-up to 3 decimals, written with 3 decimals (0.950)
 * flags       flag labels, e.g. ["number-mismatch"]
 * reasons     one reason per flag, parallel to flags
 * spans       the stretches of text the flags are about, in flag order: {"flag", "side" ("source" or
 *             "target"), "start", "end"}, offsets counting code points into source_text or target_text
 * source_text segment texts joined by a space; "" when the side is empty
 * target_text likewise
 * </pre>
 * Written {@linkplain #withWordAlignment() on request}, one more key closes every object:
 * <pre>
 * word_alignment  for a two-sided bead, {"source_tokens": [[start, end], …], "target_tokens": [[start, end], …],
 *                 "links": [[source token, target token, probability], …]}: token offsets count code points
 *                 into source_text and target_text, links index the token arrays, probabilities have 3
 *                 decimals; null for omissions and additions
 * </pre>
 * Given a reviewer's {@link Review}, four keys follow: {@code status}, {@code verdicts} (parallel to
 * flags), {@code notes} (the reviewer's, as in the XML formats) and {@code edited} (whether
 * {@code target_text} is the reviewer's); with the only-confirmed scope only confirmed beads are written.
 * Text is UTF-8 with non-ASCII characters written as-is; control characters are escaped by JSON's
 * own rules, and unpaired surrogates (which UTF-8 cannot encode) become U+FFFD.
 */
public final class JsonlWriter implements AlignmentWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final boolean wordAlignment;
    private final Review review;
    private final String document;

    public JsonlWriter() {
        this(false, null, null);
    }

    /** @param review the reviewer's decisions to reflect, or null for an alignment nobody reviewed */
    public JsonlWriter(Review review) {
        this(false, review, null);
    }

    private JsonlWriter(boolean wordAlignment, Review review, String document) {
        this.wordAlignment = wordAlignment;
        this.review = review;
        this.document = document;
    }

    /** A writer that also writes each bead's word alignment ({@code word_alignment}). */
    public static JsonlWriter withWordAlignment() {
        return new JsonlWriter(true, null, null);
    }

    /**
     * A writer whose every object starts with {@code "document": document}: the records of a whole
     * corpus in one stream then still say which pair they come from.
     */
    public static JsonlWriter forDocument(String document) {
        return new JsonlWriter(false, null, java.util.Objects.requireNonNull(document, "document"));
    }

    @Override
    public void write(Alignment alignment, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(new NonClosingOutputStream(out), JsonEncoding.UTF8)) {
            // Lines are separated by our own "\n", not by the generator's default root separator (a space).
            json.setRootValueSeparator(null);
            for (int i = 0; i < alignment.beads().size(); i++) {
                if (review == null || review.inExport(i)) {
                    writeBead(json, BeadView.of(alignment, i, review), alignment.beads().get(i));
                    json.writeRaw('\n');
                }
            }
        }
    }

    private void writeBead(JsonGenerator json, BeadView bead, FlaggedBead flagged) throws IOException {
        json.writeStartObject();
        if (document != null) {
            json.writeStringField("document", UnicodeText.withoutLoneSurrogates(document));
        }
        json.writeNumberField("bead", bead.number());
        writeIntArray(json, "source_ids", bead.sourceIds());
        writeIntArray(json, "target_ids", bead.targetIds());
        json.writeStringField("type", bead.type());
        json.writeNumberField("score", bead.score());
        writeStringArray(json, "flags", bead.flags());
        writeStringArray(json, "reasons", bead.reasons());
        writeSpans(json, flagged, bead.sourceText(), bead.targetText());
        json.writeStringField("source_text", UnicodeText.withoutLoneSurrogates(bead.sourceText()));
        json.writeStringField("target_text", UnicodeText.withoutLoneSurrogates(bead.targetText()));
        if (wordAlignment) {
            writeWordAlignment(json, flagged.words(), bead.sourceText(), bead.targetText());
        }
        if (bead.decision() != null) {
            json.writeStringField("status", bead.decision().status().label());
            writeStringArray(json, "verdicts", bead.decision().verdicts().stream().map(FlagVerdict::label).toList());
            writeStringArray(json, "notes", ReviewNotes.of(bead));
            json.writeBooleanField("edited", bead.decision().editedTarget() != null);
        }
        json.writeEndObject();
    }

    private static void writeSpans(JsonGenerator json, FlaggedBead flagged, String sourceText, String targetText)
            throws IOException {
        json.writeArrayFieldStart("spans");
        for (Flag flag : flagged.flags()) {
            for (Span span : flag.spans()) {
                String text = span.side() == Span.Side.SOURCE ? sourceText : targetText;
                json.writeStartObject();
                json.writeStringField("flag", flag.kind().label());
                json.writeStringField("side", span.side().label());
                json.writeNumberField("start", UnicodeText.codePointOffset(text, span.start()));
                json.writeNumberField("end", UnicodeText.codePointOffset(text, span.end()));
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    private static void writeWordAlignment(JsonGenerator json, WordAlignment words, String sourceText,
                                           String targetText) throws IOException {
        json.writeFieldName("word_alignment");
        if (words == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        writeOffsets(json, "source_tokens", words.source(), sourceText);
        writeOffsets(json, "target_tokens", words.target(), targetText);
        json.writeArrayFieldStart("links");
        for (WordLink link : words.links()) {
            json.writeStartArray();
            json.writeNumber(link.source());
            json.writeNumber(link.target());
            json.writeNumber(Scores.rounded(link.probability()));
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeOffsets(JsonGenerator json, String name, List<WordToken> tokens, String text)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (WordToken token : tokens) {
            json.writeStartArray();
            json.writeNumber(UnicodeText.codePointOffset(text, token.start()));
            json.writeNumber(UnicodeText.codePointOffset(text, token.end()));
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private static void writeIntArray(JsonGenerator json, String name, List<Integer> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (int value : values) {
            json.writeNumber(value);
        }
        json.writeEndArray();
    }

    private static void writeStringArray(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(UnicodeText.withoutLoneSurrogates(value));
        }
        json.writeEndArray();
    }
}
