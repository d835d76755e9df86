package org.tandem.extract;

import org.tandem.text.SetAsideText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOCX and ODT read as the running text: headers and footers set aside, notes after the text. */
class WordProcessorFormatsTest {
    private static DocumentExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void createExtractor() {
        extractor = new DocumentExtractor();
    }

    private Path dutchDocx() throws IOException {
        return TestDocuments.docxReport(dir, "verslag.docx", "Jaarverslag 2024", "Pagina 1",
                List.of("Rusland en de EU-landen kwamen maandag bijeen. De delegatie sprak eerst.",
                        "De afgevaardigden spraken af dat de volgende bijeenkomst in Wenen zou plaatsvinden."),
                0, "De cijfers komen van het ministerie.",
                List.of(List.of("Land", "Hoofdstad"), List.of("Oostenrijk", "Wenen")));
    }

    @Test
    void docxHeadersAndFootersAreSetAsideAndFootnotesFollowTheText() throws IOException {
        ExtractedText text = extractor.extract(dutchDocx());

        assertEquals(List.of(
                "Rusland en de EU-landen kwamen maandag bijeen. De delegatie sprak eerst.",
                "De afgevaardigden spraken af dat de volgende bijeenkomst in Wenen zou plaatsvinden.",
                "Land", "Hoofdstad", "Oostenrijk", "Wenen",
                "De cijfers komen van het ministerie."), text.paragraphs());
        assertEquals(List.of(new SetAsideText(SetAsideText.PAGE_FURNITURE, 0, "Jaarverslag 2024"),
                new SetAsideText(SetAsideText.PAGE_FURNITURE, 0, "Pagina 1")), text.setAside());
    }

    @Test
    void docxFurnitureIsKeptOnRequest() throws IOException {
        DocumentExtractor keeping = new DocumentExtractor(ExtractionLimits.defaults(),
                ExtractionOptions.defaults().withKeepFurniture(true));

        ExtractedText text = keeping.extract(dutchDocx());

        assertEquals("Jaarverslag 2024", text.paragraphs().get(0));
        assertEquals(List.of(), text.setAside());
    }

    @Test
    void odtNoteInsideASentenceMovesAfterTheTextAndTheMasterPageIsSetAside() throws IOException {
        Path file = TestDocuments.odt(dir, "report.odt", """
                <text:p>The talks were about Russia.<text:note text:id="ftn1" text:note-class="footnote">\
                <text:note-citation>1</text:note-citation><text:note-body><text:p>The figures come from \
                the ministry.</text:p></text:note-body></text:note> The next meeting will be in Vienna.</text:p>
                <table:table><table:table-row><table:table-cell><text:p>Country</text:p></table:table-cell>\
                <table:table-cell><text:p>Capital</text:p></table:table-cell></table:table-row></table:table>
                <text:p>The table lists the capitals.</text:p>
                """, """
                <style:header><text:p>Annual Report 2024</text:p></style:header>
                <style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer>
                """);

        ExtractedText text = extractor.extract(file);

        assertEquals(List.of("The talks were about Russia. The next meeting will be in Vienna.",
                "Country", "Capital", "The table lists the capitals.",
                "The figures come from the ministry."), text.paragraphs());
        assertEquals(List.of("Annual Report 2024", "Page"),
                text.setAside().stream().map(SetAsideText::text).toList());
    }

    @Test
    void epubAndHtmlNotesMoveAfterTheTextWithoutTheirReferences() throws IOException {
        Path file = TestDocuments.epub(dir, "book.epub", """
                <p>The talks were about Russia.<a epub:type="noteref" href="#n1">1</a> They ended late.</p>
                <p>The next meeting will be in Vienna.<a role="doc-noteref" href="#n2">2</a></p>
                <aside epub:type="footnote" id="n1"><p>The figures come from the ministry.</p></aside>
                <section role="doc-endnotes"><ol><li id="n2">Vienna was chosen in May.
                <a role="doc-backlink" href="#r2">↩</a></li></ol></section>
                """);

        ExtractedText text = extractor.extract(file);

        assertEquals(List.of("The talks were about Russia. They ended late.", "The next meeting will be in Vienna.",
                "The figures come from the ministry.", "Vienna was chosen in May."), text.paragraphs());
    }

    @Test
    void rtfHeadersAndFootersAreSetAsideAndFootnotesFollowTheText() throws IOException {
        Path file = java.nio.file.Files.writeString(dir.resolve("verslag.rtf"),
                "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
                        + "{\\header\\pard Jaarverslag 2024\\par}"
                        + "{\\footer\\pard Pagina {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}"
                        + "\\pard De besprekingen gingen over Rusland.{\\super\\chftn}"
                        + "{\\footnote\\pard\\plain{\\super\\chftn} De cijfers komen van het ministerie.}"
                        + " Ze eindigden laat.\\par\n"
                        + "De volgende bijeenkomst is in Wenen, in het caf\\'e9.\\par\n}",
                java.nio.charset.StandardCharsets.US_ASCII);

        ExtractedText text = extractor.extract(file);

        assertEquals(List.of("De besprekingen gingen over Rusland. Ze eindigden laat.",
                "De volgende bijeenkomst is in Wenen, in het café.",
                "De cijfers komen van het ministerie."), text.paragraphs());
        assertEquals(List.of("Jaarverslag 2024", "Pagina 1"),
                text.setAside().stream().map(SetAsideText::text).toList());
    }
}
