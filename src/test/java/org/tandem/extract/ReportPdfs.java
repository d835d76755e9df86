package org.tandem.extract;

/**
 * A two-page report in English and in Dutch, laid out as a word processor prints it: a running
 * header, a "Page N / 2" footer, hyphenated line ends (a typesetter's and compounds'), a footnote
 * cited mid-paragraph, a sentence across the page break and a table.
 */
public final class ReportPdfs {
    private ReportPdfs() {
    }

    public static LaidOutPdf english() {
        return new LaidOutPdf()
                .page("Annual Report 2024")
                .paragraph("Russia and the EU-",
                        "countries met in Brussels on Monday. A self-",
                        "proclaimed expert of the dele-",
                        "gation spoke first.")
                .paragraph("The talks were about Rus-",
                        "sia and its neighbours.^1 The delegates agreed that the next meeting")
                .footnote(700, "1", "The figures come from the self-proclaimed experts",
                        "of the ministry.")
                .footer("Page 1 / 2")
                .page("Annual Report 2024")
                .paragraph("would take place in Vienna.")
                .row("Country", "Capital")
                .row("Austria", "Vienna")
                .row("Belgium", "Brussels")
                .paragraph("")
                .paragraph("The table lists the capitals.")
                .footer("Page 2 / 2");
    }

    public static LaidOutPdf dutch() {
        return new LaidOutPdf()
                .page("Jaarverslag 2024")
                .paragraph("Rusland en de EU-",
                        "landen kwamen maandag in Brussel bijeen. Een zelf-",
                        "benoemde deskundige van de dele-",
                        "gatie sprak eerst.")
                .paragraph("De besprekingen gingen over Rus\u00AD",
                        "land en zijn buren.^1 De afgevaardigden spraken af dat de volgende")
                .footnote(700, "1", "De cijfers komen van het ministerie.")
                .footer("Pagina 1 / 2")
                .page("Jaarverslag 2024")
                .paragraph("bijeenkomst in Wenen zou plaatsvinden.")
                .row("Land", "Hoofdstad")
                .row("Oostenrijk", "Wenen")
                .row("België", "Brussel")
                .paragraph("")
                .paragraph("De tabel noemt de hoofdsteden.")
                .footer("Pagina 2 / 2");
    }
}
