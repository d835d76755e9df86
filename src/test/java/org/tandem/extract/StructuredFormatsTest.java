package org.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructuredFormatsTest {
    private static DocumentExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void createExtractor() {
        extractor = new DocumentExtractor();
    }

    @Test
    void htmlBlocksBecomeParagraphsAndInlineMarkupDoesNot() throws IOException {
        Path file = Files.writeString(dir.resolve("page.html"), """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>Page title</title>
                <style>p { color: red; }</style><script>var hidden = 1;</script></head>
                <body>
                <h1>The heading</h1>
                <p>A paragraph with <b>bold</b> and <i>italic</i> and a
                   <a href="#">link</a> in   it.</p>
                <ul><li>First item</li><li>Second item</li></ul>
                <div>A div<br>with a line break</div><div>Next div</div>
                <section>A <span>section</span></section>
                <blockquote>A quotation.</blockquote>
                <table><tr><td>Cell one</td><td>Cell two</td></tr></table>
                </body></html>
                """, StandardCharsets.UTF_8);

        ExtractedText text = extractor.extract(file);

        assertEquals(List.of("The heading",
                "A paragraph with bold and italic and a link in it.",
                "First item", "Second item",
                "A div\nwith a line break", "Next div", "A section",
                "A quotation.",
                "Cell one", "Cell two"), text.paragraphs());
        assertEquals("text/html", text.mediaType());
        assertEquals("UTF-8", text.encoding());
    }

    @Test
    void htmlInLegacyEncodingIsDecoded() throws IOException {
        Path file = Files.write(dir.resolve("oud.html"),
                "<html><head><meta charset=\"windows-1252\"></head><body><p>Een café in de Oekraïne.</p></body></html>"
                        .getBytes(Charset.forName("windows-1252")));

        assertEquals(List.of("Een café in de Oekraïne."), extractor.extract(file).paragraphs());
    }

    @Test
    void docxParagraphsAreKept() throws IOException {
        Path file = TestDocuments.docx(dir, "brief.docx",
                List.of("Eerste alinea over de Oekraïne.", "", "Tweede alinea: één café."));

        ExtractedText text = extractor.extract(file);

        assertEquals(List.of("Eerste alinea over de Oekraïne.", "Tweede alinea: één café."), text.paragraphs());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", text.mediaType());
        assertNull(text.encoding());
    }

    @Test
    void pdfParagraphsAreKept() throws IOException {
        Path file = TestDocuments.pdf(dir, "report.pdf",
                List.of("The first paragraph of the report.", "The second paragraph follows.",
                        "A third and final one."), null);

        ExtractedText text = extractor.extract(file);

        assertEquals(List.of("The first paragraph of the report.", "The second paragraph follows.",
                "A third and final one."), text.paragraphs());
        assertEquals("application/pdf", text.mediaType());
    }

    @Test
    void pdfLinesOfOneParagraphAreJoined() throws IOException {
        Path file = TestDocuments.pdfWithLines(dir, "lines.pdf", List.of(
                List.of("This paragraph runs over", "three lines of the page", "before it ends."),
                List.of("A second paragraph", "of two lines.")), null);

        assertEquals(List.of("This paragraph runs over three lines of the page before it ends.",
                "A second paragraph of two lines."), extractor.extract(file).paragraphs());
    }

    @Test
    void rtfParagraphsAreKept() throws IOException {
        Path file = Files.writeString(dir.resolve("note.rtf"),
                "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
                        + "\\f0\\fs24 Een caf\\'e9 in de Oekra\\'efne.\\par\n"
                        + "Tweede alinea met {\\b vet} woord.\\par\n}",
                StandardCharsets.US_ASCII);

        ExtractedText text = extractor.extract(file);

        assertEquals(List.of("Een café in de Oekraïne.", "Tweede alinea met vet woord."), text.paragraphs());
        assertEquals("application/rtf", text.mediaType());
    }

    @Test
    void odtParagraphsAndHeadingsAreKept() throws IOException {
        Path file = TestDocuments.odt(dir, "tekst.odt", """
                <text:h text:outline-level="1">Kop van het stuk</text:h>
                <text:p>Eerste alinea met <text:span>opmaak</text:span> erin.</text:p>
                <text:p>Tweede alinea.</text:p>
                """);

        ExtractedText text = extractor.extract(file);

        assertEquals(List.of("Kop van het stuk", "Eerste alinea met opmaak erin.", "Tweede alinea."),
                text.paragraphs());
        assertEquals("application/vnd.oasis.opendocument.text", text.mediaType());
    }

    @Test
    void epubChapterParagraphsAreKeptWithoutTheHeadTitle() throws IOException {
        Path file = TestDocuments.epub(dir, "book.epub", """
                <h1>Chapter One</h1>
                <p>It was a <em>dark</em> night.</p>
                <p>The end.</p>
                """);

        ExtractedText text = extractor.extract(file);

        assertEquals(List.of("Chapter One", "It was a dark night.", "The end."), text.paragraphs());
        assertEquals("application/epub+zip", text.mediaType());
    }

    @Test
    void attachmentsInsideADocumentAreNotPartOfItsText() throws IOException {
        Path file = TestDocuments.pdfWithAttachment(dir, "with-attachment.pdf",
                "The visible page text.", "Text of a file attached to the PDF.");

        assertEquals(List.of("The visible page text."), extractor.extract(file).paragraphs());
    }

    @Test
    void pdfBookmarksAreNotPartOfTheText() throws IOException {
        Path file = TestDocuments.pdfWithBookmark(dir, "outlined.pdf", "Only the page text.", "Bookmark title");

        assertEquals(List.of("Only the page text."), extractor.extract(file).paragraphs());
    }
}
