package org.tandem.text;

/**
 * Text of a document that extraction kept out of the running text, so that it is counted and can be
 * listed rather than lost silently.
 *
 * @param kind what it is, e.g. {@link #PAGE_FURNITURE}
 * @param page the 1-based page it was on, or 0 where the format has no pages
 * @param text the text
 */
public record SetAsideText(String kind, int page, String text) {
    /** Running headers and footers and page numbers, in the words of the summary. */
    public static final String PAGE_FURNITURE = "page header/footer";

    /** "1 page header/footer", "14 page headers/footers". */
    public static String count(String kind, int count) {
        String plural = kind.equals(PAGE_FURNITURE) ? "page headers/footers" : kind + "s";
        return count + " " + (count == 1 ? kind : plural);
    }
}
