package org.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --main-content}: of a web page, the article only. */
class MainContentTest {
    static final List<String> ARTICLE = List.of(
            "Hours after the president announced a partial mobilisation, the foreign minister spoke with our "
                    + "correspondent about the state of the conflict and its consequences for the country's relations "
                    + "with the international community.",
            "The minister's diplomatic career goes back half a century, through the heat of the Cold War, the "
                    + "fall of the Soviet Union and the rise of the current government, which appointed him in 2004.",
            "He is now in New York to attend the seventy-seventh session of the General Assembly, which takes "
                    + "place at a particularly difficult moment for the international order.",
            "One of the main points of contention is the conflict, which the minister has defended as a necessary "
                    + "effort to secure national security interests, even as other capitals give further support.");

    /** A news page as a browser saves it: a cookie banner, a menu, breadcrumbs, related links and a footer. */
    static String newsPage(List<String> article) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Interview</title></head><body>
                <div class="cookies"><p>We use cookies to improve your experience on our site.</p>
                <button>Accept all</button> <button>Cookie settings</button></div>
                <header><div class="logo">News Media</div><nav><ul><li><a href="/">Home</a></li>
                <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
                <li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li>
                <li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
                <ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ol>
                <main><article><h1>The minister on the conflict: the full interview</h1>
                """);
        article.forEach(paragraph -> page.append("<p>").append(paragraph).append("</p>\n"));
        page.append("""
                </article><aside><h2>Related stories</h2><ul><li><a href="/a">Sanctions and Europe</a></li>
                <li><a href="/b">A partnership of convenience</a></li></ul></aside></main>
                <footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
                <li><a href="/privacy">Privacy policy</a></li></ul><p>© 2022 News Media Group.</p></footer>
                </body></html>
                """);
        return page.toString();
    }

    @TempDir
    Path dir;

    @Test
    void onlyTheArticleIsKept() throws IOException {
        Path file = Files.writeString(dir.resolve("page.html"), newsPage(ARTICLE), StandardCharsets.UTF_8);
        DocumentExtractor main = new DocumentExtractor(ExtractionLimits.defaults(),
                ExtractionOptions.defaults().withMainContentOnly(true));

        List<String> paragraphs = main.extract(file).paragraphs();

        List<String> expected = new java.util.ArrayList<>(List.of("The minister on the conflict: the full interview"));
        expected.addAll(ARTICLE);
        assertEquals(expected, paragraphs);
    }

    @Test
    void aPageThatMarksNoMainContentGoesToBoilerpipe() throws IOException {
        String unmarked = newsPage(ARTICLE).replace("<main>", "<div>").replace("</main>", "</div>")
                .replace("<article>", "<div>").replace("</article>", "</div>");
        Path file = Files.writeString(dir.resolve("page.html"), unmarked, StandardCharsets.UTF_8);
        DocumentExtractor main = new DocumentExtractor(ExtractionLimits.defaults(),
                ExtractionOptions.defaults().withMainContentOnly(true));

        List<String> paragraphs = main.extract(file).paragraphs();

        assertTrue(paragraphs.containsAll(ARTICLE.subList(1, ARTICLE.size())), paragraphs::toString);
        assertTrue(paragraphs.stream().noneMatch(p -> p.contains("Subscribe") || p.contains("cookies")
                || p.contains("Privacy policy")), paragraphs::toString);
    }

    @Test
    void withoutTheOptionTheWholePageIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("page.html"), newsPage(ARTICLE), StandardCharsets.UTF_8);

        List<String> paragraphs = new DocumentExtractor().extract(file).paragraphs();

        assertTrue(paragraphs.containsAll(List.of("Subscribe", "Privacy policy", "Related stories")), paragraphs::toString);
    }
}
