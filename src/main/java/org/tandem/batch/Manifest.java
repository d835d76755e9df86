package org.tandem.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tandem.input.BadInputException;
import org.tandem.input.PlainMessage;

/**
 * A batch's list of document pairs: UTF-8 TSV with a header naming the columns {@code source} and
 * {@code target}, and optionally {@code name}, {@code source_lang} and {@code target_lang}. Relative
 * paths resolve against the manifest's own folder, so a corpus folder can move with its manifest.
 * A pair without a name is named after its target file, without the extension.
 */
public final class Manifest {
    private static final Set<String> COLUMNS = Set.of("source", "target", "name", "source_lang", "target_lang");
    private static final CSVFormat TSV = CSVFormat.TDF.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private Manifest() {
    }

    /** The pairs in manifest order; a malformed manifest is bad input, found before any work starts. */
    public static List<DocumentPair> read(Path manifest) {
        if (!Files.isRegularFile(manifest)) {
            throw new BadInputException(manifest + ": no such manifest file");
        }
        Path folder = manifest.toAbsolutePath().getParent();
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
             CSVParser parser = TSV.parse(in)) {
            List<String> header = parser.getHeaderNames();
            for (String column : header) {
                if (!COLUMNS.contains(column)) {
                    throw new BadInputException(manifest + ": unknown column '" + column
                            + "' (expected source, target and optionally name, source_lang, target_lang)");
                }
            }
            if (!header.contains("source") || !header.contains("target")) {
                throw new BadInputException(manifest + ": the header must name the columns source and target");
            }
            List<DocumentPair> pairs = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (CSVRecord row : parser) {
                String line = manifest + " line " + parser.getCurrentLineNumber();
                String source = cell(row, "source");
                String target = cell(row, "target");
                if (source == null || target == null) {
                    throw new BadInputException(line + ": both source and target are needed");
                }
                Path sourcePath = folder.resolve(source);
                Path targetPath = folder.resolve(target);
                String name = cell(row, "name");
                if (name == null) {
                    name = baseName(targetPath);
                }
                if (!names.add(name)) {
                    throw new BadInputException(line + ": a second pair named '" + name
                            + "'; give each pair its own name in a name column");
                }
                try {
                    pairs.add(DocumentPair.of(name, sourcePath, targetPath, cell(row, "source_lang"), cell(row, "target_lang")));
                } catch (BadInputException e) {
                    throw new BadInputException(line + ": " + e.getMessage(), e);
                }
            }
            if (pairs.isEmpty()) {
                throw new BadInputException(manifest + ": no document pairs below the header");
            }
            return pairs;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(manifest + ": cannot read the manifest (" + PlainMessage.reason(e) + ")", e);
        }
    }

    private static String cell(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
