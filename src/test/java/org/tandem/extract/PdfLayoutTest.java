package org.tandem.extract;

import org.tandem.text.SetAsideText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfLayoutTest {
    private static DocumentExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void createExtractor() {
        extractor = new DocumentExtractor();
    }

    @Test
    void englishReportReadsAsRunningTextThenFootnotes() throws IOException {
        ExtractedText text = extractor.extract(ReportPdfs.english().save(dir.resolve("report.pdf")));

        assertEquals(List.of(
                "Russia and the EU-countries met in Brussels on Monday. A self-proclaimed expert of the delegation spoke first.",
                "The talks were about Russia and its neighbours. The delegates agreed that the next meeting would take place in Vienna.",
                "Country", "Capital", "Austria", "Vienna", "Belgium", "Brussels",
                "The table lists the capitals.",
                "The figures come from the self-proclaimed experts of the ministry."), text.paragraphs());
        assertEquals(List.of(
                new SetAsideText(SetAsideText.PAGE_FURNITURE, 1, "Annual Report 2024"),
                new SetAsideText(SetAsideText.PAGE_FURNITURE, 1, "Page 1 / 2"),
                new SetAsideText(SetAsideText.PAGE_FURNITURE, 2, "Annual Report 2024"),
                new SetAsideText(SetAsideText.PAGE_FURNITURE, 2, "Page 2 / 2")), text.setAside());
    }

    @Test
    void dutchReportReadsAsRunningTextThenFootnotes() throws IOException {
        ExtractedText text = extractor.extract(ReportPdfs.dutch().save(dir.resolve("verslag.pdf")));

        assertEquals(List.of(
                "Rusland en de EU-landen kwamen maandag in Brussel bijeen. Een zelfbenoemde deskundige van de delegatie sprak eerst.",
                "De besprekingen gingen over Rusland en zijn buren. De afgevaardigden spraken af dat de volgende bijeenkomst in Wenen zou plaatsvinden.",
                "Land", "Hoofdstad", "Oostenrijk", "Wenen", "België", "Brussel",
                "De tabel noemt de hoofdsteden.",
                "De cijfers komen van het ministerie."), text.paragraphs());
        assertEquals(4, text.setAside().size());
    }

    @Test
    void keptFurnitureStaysInTheTextAsParagraphsOfItsOwn() throws IOException {
        DocumentExtractor keeping = new DocumentExtractor(ExtractionLimits.defaults(),
                ExtractionOptions.defaults().withKeepFurniture(true));

        ExtractedText text = keeping.extract(ReportPdfs.dutch().save(dir.resolve("verslag.pdf")));

        assertEquals("Jaarverslag 2024", text.paragraphs().get(0));
        assertEquals(List.of(), text.setAside());
        assertEquals(2, text.paragraphs().stream().filter(p -> p.startsWith("Pagina ")).count());
    }
}
