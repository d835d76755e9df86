package org.tandem.cli;

import org.tandem.extract.ExtractionOptions;
import picocli.CommandLine.Option;

/** The options that say what extraction keeps, shared by align and segment. */
final class ExtractionChoices {
    @Option(names = "--keep-furniture",
            description = "Keep running page headers, footers and page numbers (PDF, DOCX, ODT) in the text instead of setting them aside.")
    boolean keepFurniture;

    @Option(names = "--main-content",
            description = "Of a web page, keep only the main content (the article): no navigation, banners, related links or footer.")
    boolean mainContent;

    ExtractionOptions options() {
        return ExtractionOptions.defaults().withKeepFurniture(keepFurniture).withMainContentOnly(mainContent);
    }
}
