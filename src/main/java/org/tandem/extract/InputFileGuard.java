package org.tandem.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tandem.input.BadInputException;

/** Rejects paths that cannot be a document before any parser touches them. */
final class InputFileGuard {
    private InputFileGuard() {
    }

    /** The name used in every user-facing message about this file. */
    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * Checks that {@code file} is a readable, non-empty regular file within the size limit.
     *
     * @return the file size in bytes
     */
    static long requireReadableFile(Path file, ExtractionLimits limits) {
        String name = displayName(file);
        if (Files.isDirectory(file)) {
            throw new BadInputException(name + ": is a directory, not a file (" + file.toAbsolutePath() + ")");
        }
        if (!Files.exists(file)) {
            throw new BadInputException(name + ": no such file (" + file.toAbsolutePath() + ")");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BadInputException(name + ": the file cannot be read (check its permissions)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new BadInputException(name + ": the file cannot be read (" + e.getMessage() + ")", e);
        }
        if (size == 0) {
            throw new BadInputException(name + ": the file is empty");
        }
        if (size > limits.maxFileBytes()) {
            throw new BadInputException(name + ": the file is too large (" + megabytes(size)
                    + " MB; the limit is " + megabytes(limits.maxFileBytes()) + " MB)");
        }
        return size;
    }

    static byte[] readAllBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(displayName(file) + ": the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static void requireTextWithinLimit(String name, long chars, ExtractionLimits limits) {
        if (chars > limits.maxExtractedChars()) {
            throw new BadInputException(name + ": the document has too much text (more than "
                    + limits.maxExtractedChars() + " characters)");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
