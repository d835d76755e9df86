package org.tandem.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tandem.input.BadInputException;

/**
 * A sentence-parallel corpus with document ids: three line-aligned files (source sentences, target
 * sentences, one document id per line), as NTREX and many others are distributed.
 */
public record ParallelCorpus(List<ParallelDocument> documents) {

    /** One document: its id and its sentence pairs, in order. */
    public record ParallelDocument(String id, List<String> source, List<String> target) {
    }

    public static ParallelCorpus read(Path source, Path target, Path documentIds) throws IOException {
        List<String> sourceLines = Files.readAllLines(source, StandardCharsets.UTF_8);
        List<String> targetLines = Files.readAllLines(target, StandardCharsets.UTF_8);
        List<String> ids = Files.readAllLines(documentIds, StandardCharsets.UTF_8);
        if (sourceLines.size() != targetLines.size() || sourceLines.size() != ids.size()) {
            throw new BadInputException("corpus files differ in length: " + sourceLines.size() + " source, "
                    + targetLines.size() + " target, " + ids.size() + " document-id lines");
        }
        Map<String, ParallelDocument> documents = new LinkedHashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            ParallelDocument document = documents.computeIfAbsent(ids.get(k),
                    id -> new ParallelDocument(id, new ArrayList<>(), new ArrayList<>()));
            document.source().add(sourceLines.get(k));
            document.target().add(targetLines.get(k));
        }
        return new ParallelCorpus(List.copyOf(documents.values()));
    }

    /** Reads {@code DIR/SRC.txt}, {@code DIR/TGT.txt} and {@code DIR/doc_ids.txt}, NTREX's layout. */
    public static ParallelCorpus readDirectory(Path directory, String sourceLanguage, String targetLanguage)
            throws IOException {
        return read(directory.resolve(sourceLanguage + ".txt"), directory.resolve(targetLanguage + ".txt"),
                directory.resolve("doc_ids.txt"));
    }

    /**
     * The same sentence pairs cut into short documents of {@code min} to {@code max} pairs each, in
     * order, as FLORES-style benchmarks hold them; a document's last piece may be shorter when fewer
     * pairs remain. Pieces are named {@code ID-pN}. The same seed gives the same pieces.
     */
    public ParallelCorpus split(int min, int max, long seed) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("document sizes must satisfy 1 <= min <= max: " + min + "-" + max);
        }
        java.util.Random random = new java.util.Random(seed);
        List<ParallelDocument> pieces = new ArrayList<>();
        for (ParallelDocument document : documents) {
            int size = document.source().size();
            for (int start = 0, piece = 1; start < size; piece++) {
                int end = Math.min(size, start + min + random.nextInt(max - min + 1));
                pieces.add(new ParallelDocument(document.id() + "-p" + piece,
                        List.copyOf(document.source().subList(start, end)),
                        List.copyOf(document.target().subList(start, end))));
                start = end;
            }
        }
        return new ParallelCorpus(List.copyOf(pieces));
    }

    public int sentencePairs() {
        return documents.stream().mapToInt(d -> d.source().size()).sum();
    }
}
