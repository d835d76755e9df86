package org.tandem.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Passes on only the main content of a web page, as the page itself marks it: the {@code <main>}
 * element (or {@code role="main"}), else its {@code <article>} elements, without the navigation,
 * asides, footers and forms nested in them. Pages that mark nothing go to boilerpipe's article
 * classifier instead (see {@link DocumentExtractor}); the page's own markup is the stronger
 * evidence, and boilerpipe drops short opening paragraphs and keeps headings of related links.
 */
final class MainContentFilter extends ContentHandlerDecorator {
    private static final Set<String> EXCLUDED = Set.of("nav", "aside", "footer", "form", "script", "style");
    private static final Set<String> EXCLUDED_ROLES = Set.of("navigation", "complementary", "contentinfo",
            "search", "banner");

    /** Which elements hold the main content. */
    enum Container { MAIN, ARTICLE }

    private final Container container;
    private int containerDepth;
    private int excludedDepth;

    MainContentFilter(ContentHandler handler, Container container) {
        super(handler);
        this.container = container;
    }

    /** What the page marks as its main content, if anything: found with jsoup before Tika parses it. */
    static Optional<Container> markedContainer(Path file) {
        try {
            Document page = Jsoup.parse(file.toFile());
            if (!page.select("main, [role=main]").isEmpty()) {
                return Optional.of(Container.MAIN);
            }
            if (!page.select("article").isEmpty()) {
                return Optional.of(Container.ARTICLE);
            }
        } catch (IOException e) {
            // Tika reads the file next and reports what is wrong with it.
        }
        return Optional.empty();
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        String element = element(localName, name);
        String role = role(atts);
        if (excludedDepth > 0) {
            excludedDepth++;
        } else if (containerDepth > 0) {
            if (EXCLUDED.contains(element) || EXCLUDED_ROLES.contains(role)) {
                excludedDepth = 1;
            } else {
                containerDepth++;
                super.startElement(uri, localName, name, atts);
            }
        } else if (isContainer(element, role)) {
            containerDepth = 1;
            super.startElement(uri, localName, name, atts);
        }
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        if (excludedDepth > 0) {
            excludedDepth--;
        } else if (containerDepth > 0) {
            containerDepth--;
            super.endElement(uri, localName, name);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (containerDepth > 0 && excludedDepth == 0) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (containerDepth > 0 && excludedDepth == 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    private boolean isContainer(String element, String role) {
        return container == Container.MAIN ? element.equals("main") || role.equals("main") : element.equals("article");
    }

    private static String role(Attributes atts) {
        String role = atts.getValue("role");
        return role == null ? "" : role.trim().toLowerCase(Locale.ROOT);
    }

    private static String element(String localName, String name) {
        String element = localName == null || localName.isEmpty() ? name : localName;
        return element.toLowerCase(Locale.ROOT);
    }
}
