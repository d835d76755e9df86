package org.tandem.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Tandem reports in its output files, from the build (the same in tests and in the jar). */
public final class ToolVersion {
    /** Used only if the build's version file is missing, e.g. classes compiled outside Maven. */
    public static final String FALLBACK = "dev";

    private ToolVersion() {
    }

    public static String current() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/org/tandem/version.properties")) {
            if (in == null) {
                return FALLBACK;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            return version.isBlank() || version.startsWith("${") ? FALLBACK : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
