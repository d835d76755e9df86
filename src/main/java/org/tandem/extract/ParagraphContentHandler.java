package org.tandem.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives Tika's XHTML rendering of a document and cuts it into paragraphs at block elements, so
 * paragraph boundaries come from the document's structure and never from guessing at the text.
 * Inline markup (b, i, a, span…) does not interrupt a paragraph.
 *
 * <p>Footnotes and endnotes ({@code class="footnote"},
 * {@code "endnote"}, and ODT's {@code "note"}, which Tika nests inside the paragraph that cites it)
 * are moved after the text as paragraphs of their own, without their markers, and the paragraph
 * that cites a note reads on across it.
 */
final class ParagraphContentHandler extends DefaultHandler {
    private static final Set<String> BLOCK_ELEMENTS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "ul", "ol", "dl",
            "div", "blockquote", "pre", "address", "article", "aside", "section", "header", "footer",
            "nav", "main", "figure", "figcaption", "caption", "table", "thead", "tbody", "tfoot",
            "tr", "td", "th", "hr", "form", "fieldset", "legend", "details", "summary", "body");
    /** Metadata, not reading text: the head repeats the title, and scripts are code. */
    private static final Set<String> SKIPPED_ELEMENTS = Set.of("head", "script", "style", "template");

    private static final Set<String> NOTE_CLASSES = Set.of("footnote", "endnote", "note");
    /**
     * EPUB 3's {@code epub:type} and ARIA's {@code role="doc-…"} for notes, and for the links that
     * cite a note or lead back from it, whose text (a number, an arrow) is no part of the sentence.
     */
    private static final Set<String> NOTE_TYPES = Set.of("footnote", "endnote", "rearnote", "footnotes",
            "endnotes", "rearnotes");
    private static final Set<String> NOTE_LINK_TYPES = Set.of("noteref", "backlink");
    private static final String OPS_NS = "http://www.idpf.org/2007/ops";
    /** The reference marks POI writes where a DOCX paragraph cites a note. */
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+\\]");
    /** The number or symbol a note opens with: its citation, which the running text no longer has. */
    private static final Pattern NOTE_MARKER = Pattern.compile("^(?:[0-9]{1,3}|[*†‡§]|[ivx]{1,4})\\s+");

    /** Where text goes: the running text or a note. */
    private static final class Region {
        final int depth;
        final List<String> out;
        final StringBuilder current = new StringBuilder();

        Region(int depth, List<String> out) {
            this.depth = depth;
            this.out = out;
        }
    }

    private final String documentName;
    private final ExtractionLimits limits;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Deque<Region> regions = new ArrayDeque<>();
    private StringBuilder current;
    private long extractedChars;
    private int depth;
    private int skipDepth;
    private int noteLinkDepth = -1;
    private int preDepth;

    ParagraphContentHandler(String documentName, ExtractionLimits limits) {
        this.documentName = documentName;
        this.limits = limits;
        regions.push(new Region(-1, paragraphs));
        current = regions.peek().current;
    }

    /** The running text, then the notes. */
    List<String> paragraphs() {
        while (regions.size() > 1) {
            closeRegion();
        }
        endParagraph();
        List<String> all = new ArrayList<>(paragraphs);
        for (String note : notes) {
            String text = NOTE_MARKER.matcher(note).replaceFirst("");
            if (!text.isEmpty()) {
                all.add(text);
            }
        }
        return List.copyOf(all);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String element = elementName(localName, qName);
        depth++;
        String type = attributes.getValue("class");
        if (type != null && skipDepth == 0 && NOTE_CLASSES.contains(type.toLowerCase(Locale.ROOT))) {
            openRegion(notes);
            return;
        }
        Set<String> semantics = semanticTypes(attributes);
        if (skipDepth == 0 && semantics.stream().anyMatch(NOTE_TYPES::contains)) {
            openRegion(notes);
            return;
        }
        if (noteLinkDepth < 0 && semantics.stream().anyMatch(NOTE_LINK_TYPES::contains)) {
            noteLinkDepth = depth - 1;
            skipDepth++;
            return;
        }
        if (SKIPPED_ELEMENTS.contains(element)) {
            skipDepth++;
        } else if (BLOCK_ELEMENTS.contains(element)) {
            endParagraph();
            if (element.equals("pre")) {
                preDepth++;
            }
        } else if (element.equals("br")) {
            current.append('\n');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String element = elementName(localName, qName);
        depth--;
        if (depth == noteLinkDepth) {
            noteLinkDepth = -1;
            skipDepth--;
            return;
        }
        if (regions.size() > 1 && regions.peek().depth == depth) {
            closeRegion();
            return;
        }
        if (SKIPPED_ELEMENTS.contains(element)) {
            skipDepth = Math.max(0, skipDepth - 1);
        } else if (BLOCK_ELEMENTS.contains(element)) {
            endParagraph();
            if (element.equals("pre")) {
                preDepth = Math.max(0, preDepth - 1);
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        extractedChars += length;
        InputFileGuard.requireTextWithinLimit(documentName, extractedChars, limits);
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            // Outside <pre>, a line break in markup is layout (HTML source wrapping, PDF line ends),
            // not a break the author meant; <br> is the author's line break.
            current.append(preDepth == 0 && ParagraphSplitter.isLineBreak(c) ? ' ' : c);
        }
    }

    /**
     * Tika sends layout whitespace here: the newline after a block, and (for PDF) the end of each line
     * inside a paragraph. Inside text it separates words, so it counts as one space.
     */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipDepth == 0 && current.length() > 0 && !Character.isWhitespace(current.charAt(current.length() - 1))) {
            current.append(' ');
        }
    }

    private void openRegion(List<String> out) {
        regions.push(new Region(depth - 1, out));
        current = regions.peek().current;
    }

    private void closeRegion() {
        endParagraph();
        regions.pop();
        current = regions.peek().current;
    }

    private void endParagraph() {
        if (current.length() > 0) {
            String text = NOTE_REFERENCE.matcher(current).replaceAll("");
            ParagraphSplitter.splitInto(text, regions.peek().out);
            current.setLength(0);
        }
    }

    /**
     * The element's {@code epub:type} tokens and its {@code role} without the {@code doc-} prefix.
     * Tika's EPUB parser passes {@code epub:type} on without its prefix, as {@code type}; HTML's own
     * {@code type} attribute holds media types and list styles, never a note's type.
     */
    private static Set<String> semanticTypes(Attributes attributes) {
        Set<String> types = new java.util.HashSet<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.getQName(i);
            boolean epubType = "epub:type".equals(name) || "type".equals(name)
                    || (OPS_NS.equals(attributes.getURI(i)) && "type".equals(attributes.getLocalName(i)));
            boolean role = "role".equals(name) || "role".equals(attributes.getLocalName(i));
            if (epubType || role) {
                for (String token : attributes.getValue(i).toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                    types.add(role && token.startsWith("doc-") ? token.substring(4) : token);
                }
            }
        }
        return types;
    }

    private static String elementName(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
    }
}
