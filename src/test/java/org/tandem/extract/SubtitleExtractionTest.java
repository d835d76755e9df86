package org.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.input.BadInputException;
import org.tandem.segment.Segment;
import org.tandem.segment.SentenceSegmenter;

/** Subtitle files are read as the words spoken: no cue numbers, timings, styling or WebVTT metadata. */
class SubtitleExtractionTest {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

    @TempDir
    Path dir;

    private List<String> sentences(Path file, String language) {
        return SentenceSegmenter.forLanguage(language).segment(EXTRACTOR.extract(file).paragraphs()).stream()
                .map(Segment::text).toList();
    }

    @Test
    void subRipCuesReadAsRunningTextWithoutNumbersTimingsOrTags() throws IOException {
        Path file = Files.writeString(dir.resolve("film.en.srt"), """
                1
                00:00:01,000 --> 00:00:03,500
                <i>I went to the shop</i>
                yesterday with my mother.

                2
                00:00:03,600 --> 00:00:06,000
                {\\an8}- Did you buy milk?
                - No, I forgot.

                3
                00:00:06,100 --> 00:00:08,000
                We were going to

                4
                00:00:08,100 --> 00:00:10,000
                see the film at 8 o'clock.
                """);

        ExtractedText text = EXTRACTOR.extract(file);

        assertEquals("application/x-subrip", text.mediaType());
        assertEquals(List.of("I went to the shop yesterday with my mother.", "- Did you buy milk?", "- No, I forgot.",
                "We were going to see the film at 8 o'clock."), sentences(file, "en"));
    }

    @Test
    void webVttHeaderNotesAndStylesAreMetadataAndCueSettingsAreNoText() throws IOException {
        Path file = Files.write(dir.resolve("film.nl.vtt"), ("\uFEFFWEBVTT - Nederlandse ondertitels\r\n"
                + "\r\n"
                + "NOTE vertaald door iemand anders\r\n"
                + "\r\n"
                + "STYLE\r\n"
                + "::cue { color: yellow }\r\n"
                + "\r\n"
                + "intro\r\n"
                + "00:01.000 --> 00:03.500 align:start position:10%\r\n"
                + "<v Anna>Ik ging gisteren met mijn moeder</v>\r\n"
                + "\r\n"
                + "00:03.600 --> 00:06.000\r\n"
                + "naar de winkel &amp; de markt.\r\n").getBytes(StandardCharsets.UTF_8));

        ExtractedText text = EXTRACTOR.extract(file);

        assertEquals("text/vtt", text.mediaType());
        assertEquals(List.of("Ik ging gisteren met mijn moeder naar de winkel & de markt."), sentences(file, "nl"));
    }

    @Test
    void aSubRipFileOfTimingsAloneHasNoText() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.srt"), "1\n00:00:01,000 --> 00:00:03,500\n\n2\n00:00:04,000 --> 00:00:05,000\n");

        BadInputException refusal = assertThrows(BadInputException.class, () -> EXTRACTOR.extract(file));

        assertEquals("empty.srt: the document contains no text", refusal.getMessage());
    }
}
