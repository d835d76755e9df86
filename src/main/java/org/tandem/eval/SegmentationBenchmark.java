package org.tandem.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tandem.segment.Segment;
import org.tandem.segment.SegmentationMethod;
import org.tandem.segment.Segmenter;
import org.tandem.segment.SentenceSegmenter;

/**
 * Boundary precision, recall and F1 of the sentence segmenters on a sentence-per-line corpus (NTREX).
 *
 * <p>Paragraph scheme: every document (consecutive lines sharing a document id) becomes paragraphs; its
 * first line, the headline, is a paragraph of its own, and the remaining sentences are grouped in runs of
 * {@value #SENTENCES_PER_PARAGRAPH}, joined by a single space. Boundaries are compared as offsets counted
 * in non-whitespace characters, so whitespace normalisation cannot create or hide errors. The headline
 * score leaves out paragraph boundaries, which every segmenter gets for free; the score with them is
 * printed too.
 *
 * <p>A second, clearly labelled table uses {@link ParagraphScheme#UNPUNCTUATED_LINES_ALONE}: a gold line
 * without sentence-final punctuation (a mid-article subheading or caption) also closes its paragraph, as it
 * would in any real document. Under the strict scheme such a line is glued to the next sentence by a
 * space, which no segmenter can undo without guessing.
 *
 * <p>Usage: {@code SegmentationBenchmark [corpusDir]}, default {@value #DEFAULT_CORPUS}, which must hold
 * {@code en.txt}, {@code nl.txt} and {@code doc_ids.txt}, line-aligned.
 */
public final class SegmentationBenchmark {

    public static final String DEFAULT_CORPUS = "../shared/corpora/ntrex-en-nl-dev";
    public static final int SENTENCES_PER_PARAGRAPH = 4;
    private static final int PERFORMANCE_SENTENCES = 50_000;
    private static final int ERRORS_SHOWN = 200;

    private SegmentationBenchmark() {
    }

    /** A document of the gold corpus: its sentences in order. */
    public record GoldDocument(String id, List<String> sentences) {
    }

    public record BoundaryScore(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        public double recall() {
            int gold = truePositives + falseNegatives;
            return gold == 0 ? 1.0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        BoundaryScore plus(BoundaryScore other) {
            return new BoundaryScore(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }
    }

    public enum ErrorKind { MISSED, SPURIOUS }

    /** One wrong boundary, with the paragraph text around it marked by {@code ‖}. */
    public record BoundaryError(String documentId, ErrorKind kind, String context) {
    }

    /**
     * @param withoutParagraphBoundaries the honest score: only boundaries inside paragraphs
     * @param withParagraphBoundaries    the same, counting the given paragraph boundaries as found
     */
    public record Result(BoundaryScore withoutParagraphBoundaries, BoundaryScore withParagraphBoundaries,
                         List<BoundaryError> errors) {
    }

    /** How gold sentences are joined into paragraphs. */
    public enum ParagraphScheme {
        /** Headline alone, then groups of {@value #SENTENCES_PER_PARAGRAPH} sentences: the headline score. */
        HEADLINE_THEN_GROUPS,
        /** As above, but a line without sentence-final punctuation also ends its paragraph. */
        UNPUNCTUATED_LINES_ALONE
    }

    /** The strict paragraph scheme described in the class comment. */
    public static List<List<String>> paragraphs(GoldDocument document) {
        return paragraphs(document, ParagraphScheme.HEADLINE_THEN_GROUPS);
    }

    public static List<List<String>> paragraphs(GoldDocument document, ParagraphScheme scheme) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> sentences = document.sentences();
        if (sentences.isEmpty()) {
            return paragraphs;
        }
        paragraphs.add(List.of(sentences.get(0)));
        List<String> current = new ArrayList<>();
        for (String sentence : sentences.subList(1, sentences.size())) {
            current.add(sentence);
            boolean closesParagraph = current.size() == SENTENCES_PER_PARAGRAPH
                    || (scheme == ParagraphScheme.UNPUNCTUATED_LINES_ALONE && !endsWithSentencePunctuation(sentence));
            if (closesParagraph) {
                paragraphs.add(List.copyOf(current));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(List.copyOf(current));
        }
        return paragraphs;
    }

    private static boolean endsWithSentencePunctuation(String sentence) {
        String stripped = sentence.strip().replaceAll("[\"'’”»)\\]]+$", "");
        return !stripped.isEmpty() && ".!?…:".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
    }

    public static Result evaluate(List<GoldDocument> corpus, Segmenter segmenter) {
        return evaluate(corpus, segmenter, ParagraphScheme.HEADLINE_THEN_GROUPS);
    }

    public static Result evaluate(List<GoldDocument> corpus, Segmenter segmenter, ParagraphScheme scheme) {
        BoundaryScore inside = new BoundaryScore(0, 0, 0);
        int paragraphBoundaries = 0;
        List<BoundaryError> errors = new ArrayList<>();
        for (GoldDocument document : corpus) {
            List<List<String>> goldParagraphs = paragraphs(document, scheme);
            List<String> texts = goldParagraphs.stream().map(p -> String.join(" ", p)).toList();
            List<List<String>> predicted = byParagraph(segmenter.segment(texts), texts.size());
            for (int p = 0; p < texts.size(); p++) {
                inside = inside.plus(compare(document.id(), texts.get(p), goldParagraphs.get(p), predicted.get(p), errors));
            }
            paragraphBoundaries += Math.max(0, texts.size() - 1);
        }
        BoundaryScore withParagraphs = inside.plus(new BoundaryScore(paragraphBoundaries, 0, 0));
        return new Result(inside, withParagraphs, errors);
    }

    private static List<List<String>> byParagraph(List<Segment> segments, int paragraphCount) {
        List<List<String>> grouped = new ArrayList<>();
        for (int i = 0; i < paragraphCount; i++) {
            grouped.add(new ArrayList<>());
        }
        for (Segment segment : segments) {
            grouped.get(segment.paragraph()).add(segment.text());
        }
        return grouped;
    }

    private static BoundaryScore compare(String documentId, String paragraph, List<String> gold, List<String> predicted,
                                         List<BoundaryError> errors) {
        List<Integer> goldOffsets = innerBoundaries(gold);
        List<Integer> predictedOffsets = innerBoundaries(predicted);
        int truePositives = 0;
        for (int offset : predictedOffsets) {
            if (goldOffsets.contains(offset)) {
                truePositives++;
            } else {
                errors.add(new BoundaryError(documentId, ErrorKind.SPURIOUS, context(paragraph, offset)));
            }
        }
        for (int offset : goldOffsets) {
            if (!predictedOffsets.contains(offset)) {
                errors.add(new BoundaryError(documentId, ErrorKind.MISSED, context(paragraph, offset)));
            }
        }
        return new BoundaryScore(truePositives, predictedOffsets.size() - truePositives,
                goldOffsets.size() - truePositives);
    }

    /** Start offsets, in non-whitespace characters, of every piece but the first. */
    private static List<Integer> innerBoundaries(List<String> pieces) {
        List<Integer> offsets = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                offsets.add(offset);
            }
            offset += nonWhitespaceLength(pieces.get(i));
        }
        return offsets;
    }

    private static int nonWhitespaceLength(String text) {
        return (int) text.chars().filter(c -> !Character.isWhitespace(c)).count();
    }

    private static String context(String paragraph, int nonWhitespaceOffset) {
        int seen = 0;
        int at = 0;
        while (at < paragraph.length() && (seen < nonWhitespaceOffset || Character.isWhitespace(paragraph.charAt(at)))) {
            if (!Character.isWhitespace(paragraph.charAt(at))) {
                seen++;
            }
            at++;
        }
        int from = Math.max(0, at - 50);
        int to = Math.min(paragraph.length(), at + 30);
        return paragraph.substring(from, at) + "‖" + paragraph.substring(at, to);
    }

    /** Reads a sentence-per-line file and its line-aligned document ids into documents. */
    public static List<GoldDocument> readCorpus(Path sentencesFile, Path documentIdsFile) throws IOException {
        List<String> sentences = Files.readAllLines(sentencesFile, StandardCharsets.UTF_8);
        List<String> ids = Files.readAllLines(documentIdsFile, StandardCharsets.UTF_8);
        if (sentences.size() != ids.size()) {
            throw new IOException(sentencesFile + " has " + sentences.size() + " lines but " + documentIdsFile
                    + " has " + ids.size());
        }
        Map<String, List<String>> byDocument = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!sentences.get(i).isBlank()) {
                byDocument.computeIfAbsent(ids.get(i).strip(), k -> new ArrayList<>()).add(sentences.get(i).strip());
            }
        }
        List<GoldDocument> documents = new ArrayList<>();
        byDocument.forEach((id, lines) -> documents.add(new GoldDocument(id, List.copyOf(lines))));
        return documents;
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : DEFAULT_CORPUS);
        Map<String, List<GoldDocument>> languages = new LinkedHashMap<>();
        for (String language : List.of("en", "nl")) {
            languages.put(language, readCorpus(corpus.resolve(language + ".txt"), corpus.resolve("doc_ids.txt")));
        }
        System.out.printf("Corpus %s, paragraphs: headline + groups of %d sentences%n%n", corpus.toAbsolutePath().normalize(),
                SENTENCES_PER_PARAGRAPH);
        for (ParagraphScheme scheme : ParagraphScheme.values()) {
            System.out.printf("Scheme %s%n", scheme);
            System.out.printf("%-4s %-22s %6s %6s %6s %8s %5s %5s   %s%n", "lang", "method", "P", "R", "F1",
                    "F1(+par)", "FP", "FN", "(P/R/F1 exclude the free paragraph boundaries)");
            for (var entry : languages.entrySet()) {
                for (SegmentationMethod method : SegmentationMethod.values()) {
                    Result result = evaluate(entry.getValue(), SentenceSegmenter.forLanguage(entry.getKey(), method), scheme);
                    BoundaryScore s = result.withoutParagraphBoundaries();
                    System.out.printf("%-4s %-22s %6.4f %6.4f %6.4f %8.4f %5d %5d%n", entry.getKey(), method,
                            s.precision(), s.recall(), s.f1(), result.withParagraphBoundaries().f1(),
                            s.falsePositives(), s.falseNegatives());
                }
            }
            System.out.println();
        }
        for (var entry : languages.entrySet()) {
            Result result = evaluate(entry.getValue(), SentenceSegmenter.forLanguage(entry.getKey()));
            System.out.printf("%nRemaining errors, %s, %s (%d):%n", entry.getKey(), SegmentationMethod.ICU_WITH_RULES,
                    result.errors().size());
            result.errors().stream().limit(ERRORS_SHOWN)
                    .forEach(e -> System.out.printf("  %-8s %-16s %s%n", e.kind(), e.documentId(), e.context()));
        }
        for (var entry : languages.entrySet()) {
            reportSpeed(entry.getKey(), entry.getValue());
        }
    }

    /** Times the default segmenter on the corpus repeated up to {@value #PERFORMANCE_SENTENCES} sentences. */
    private static void reportSpeed(String language, List<GoldDocument> documents) {
        List<String> paragraphs = new ArrayList<>();
        int sentences = 0;
        while (sentences < PERFORMANCE_SENTENCES) {
            for (GoldDocument document : documents) {
                for (List<String> paragraph : paragraphs(document)) {
                    paragraphs.add(String.join(" ", paragraph));
                    sentences += paragraph.size();
                }
            }
        }
        Function<List<String>, Integer> run = p -> SentenceSegmenter.forLanguage(language).segment(p).size();
        run.apply(paragraphs);
        long start = System.nanoTime();
        int produced = run.apply(paragraphs);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%nSpeed, %s: %d sentences (%d segments) in %d ms%n", language, sentences, produced, millis);
    }
}
