package org.tandem.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tandem.input.BadInputException;

/**
 * Reads a file of one record a line, blank lines skipped, and names the file and line of the first
 * record that does not parse: what the bead, gold-flag and JSONL readers share.
 */
final class LineRecords {
    /** Parses one non-blank line, or says why it is no record with {@link Invalid}. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String line) throws Invalid;
    }

    /** A line that is no record; the message says what was expected. */
    static final class Invalid extends Exception {
        Invalid(String message, Throwable cause) {
            super(message, cause);
        }

        Invalid(String message) {
            super(message);
        }
    }

    private LineRecords() {
    }

    static <T> List<T> read(Path file, Parser<T> parser) throws IOException {
        List<T> records = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                records.add(parser.parse(line));
            } catch (Invalid e) {
                throw new BadInputException(file.getFileName() + ":" + lineNumber + ": " + e.getMessage(),
                        e.getCause());
            }
        }
        return records;
    }
}
