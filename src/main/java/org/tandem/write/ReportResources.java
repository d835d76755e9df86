package org.tandem.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

/**
 * The report's template, stylesheet and script, read from the class path once. They are inlined
 * into every report so the file opens anywhere without network access.
 */
final class ReportResources {
    private static final String BASE = "/org/tandem/write/";

    private final Mustache template;
    private final String css;
    private final String script;

    private ReportResources() {
        try (Reader page = reader("report.mustache")) {
            template = new DefaultMustacheFactory().compile(page, "report.mustache");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        css = text("report.css");
        script = text("report.js");
    }

    /** Compiled once per JVM: the template and the resources never change at run time. */
    static ReportResources get() {
        return Holder.INSTANCE;
    }

    Mustache template() {
        return template;
    }

    String css() {
        return css;
    }

    String script() {
        return script;
    }

    private static Reader reader(String name) {
        InputStream in = ReportResources.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("report resource missing from the class path: " + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static String text(String name) {
        try (Reader in = reader(name)) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final ReportResources INSTANCE = new ReportResources();
    }
}
