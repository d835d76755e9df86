package org.tandem.batch;

import java.io.Serializable;
import java.nio.file.Path;

import org.tandem.input.BadInputException;

/**
 * One document and its translation in a batch. Paths are kept as absolute path strings so that a
 * distributed job can ship the pair to another machine, where the same shared storage is mounted.
 *
 * @param name           the pair's name: the base of its output files, {@code /}-separated folders allowed
 * @param sourceLanguage the declared source language, or null to detect it
 * @param targetLanguage the declared target language, or null to detect it
 */
public record DocumentPair(String name, String source, String target, String sourceLanguage, String targetLanguage)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public DocumentPair {
        checkName(name);
    }

    public static DocumentPair of(String name, Path source, Path target, String sourceLanguage, String targetLanguage) {
        return new DocumentPair(name, source.toAbsolutePath().normalize().toString(),
                target.toAbsolutePath().normalize().toString(), blankToNull(sourceLanguage), blankToNull(targetLanguage));
    }

    public Path sourcePath() {
        return Path.of(source);
    }

    public Path targetPath() {
        return Path.of(target);
    }

    /** A name is a relative path of plain names: it must not leave the output folder. */
    static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new BadInputException("a document pair has no name");
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.contains("\\") || part.indexOf('\0') >= 0
                    || part.startsWith(".")) {
                throw new BadInputException("'" + name + "' cannot name a document's output files"
                        + " (plain names separated by /, none starting with a dot)");
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
