package org.tandem.write;

/** The version Tandem reports in its output files. */
public final class ToolVersion {
    /** Used when running from classes rather than the jar, where no manifest gives a version. */
    public static final String FALLBACK = "dev";

    private ToolVersion() {
    }

    /** The jar manifest's Implementation-Version, or {@link #FALLBACK}. */
    public static String current() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? FALLBACK : version;
    }
}
