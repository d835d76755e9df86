package org.tandem.extract;

/**
 * What extraction keeps of a document beyond its running text.
 *
 * @param keepFurniture   keep running headers, footers and page numbers as paragraphs instead of
 *                        setting them aside
 * @param mainContentOnly of a web page, keep only the main content (the article), not navigation,
 *                        banners and footers
 */
public record ExtractionOptions(boolean keepFurniture, boolean mainContentOnly) {
    public static ExtractionOptions defaults() {
        return new ExtractionOptions(false, false);
    }

    public ExtractionOptions withKeepFurniture(boolean keep) {
        return new ExtractionOptions(keep, mainContentOnly);
    }

    public ExtractionOptions withMainContentOnly(boolean only) {
        return new ExtractionOptions(keepFurniture, only);
    }
}
