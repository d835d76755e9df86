package org.tandem.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.flag.Alignment;
import org.tandem.Tandem;
import org.tandem.TandemOptions;
import org.tandem.write.CorpusTmxWriter;
import org.tandem.write.OutputFormat;
import org.tandem.write.Writers;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BatchAlignerTest {
    private static final TandemOptions OPTIONS = TandemOptions.defaults().withLanguages("en", "nl");

    @TempDir
    Path folder;

    @Test
    void theFilesAreTheSameWhateverTheThreadCount() throws IOException {
        List<DocumentPair> pairs = Manifest.read(BatchCorpus.write(folder.resolve("in"), 6));
        run(pairs, folder.resolve("one"), 1, 0);
        BatchResult three = run(pairs, folder.resolve("three"), 3, 0);
        assertTrue(three.lexiconPass());
        Map<String, byte[]> one = files(folder.resolve("one"));
        Map<String, byte[]> other = files(folder.resolve("three"));
        assertEquals(one.keySet(), other.keySet());
        assertEquals(6 * 5 + 4, one.size(), one.keySet().toString()); // 5 formats a pair; lexicon, corpus TMX, report, index
        one.forEach((name, bytes) -> {
            if (!name.equals(BatchReport.FILE_NAME)) {
                assertArrayEquals(bytes, other.get(name), name);
            }
        });
        assertEquals(withoutSeconds(one.get(BatchReport.FILE_NAME)), withoutSeconds(other.get(BatchReport.FILE_NAME)));
    }

    @Test
    void theLexiconPassAlignsAsTheBenchmarksBatchLexiconDoes() throws IOException {
        List<DocumentPair> pairs = Manifest.read(BatchCorpus.write(folder.resolve("in"), 6));
        run(pairs, folder.resolve("out"), 2, 0);
        Tandem tandem = new Tandem(OPTIONS);
        List<Alignment> firstPass = new ArrayList<>();
        for (DocumentPair pair : pairs) {
            firstPass.add(tandem.align(pair.sourcePath(), pair.targetPath()));
        }
        Tandem second = tandem.withLexicon(Tandem.learnLexicon(firstPass));
        assertTrue(Tandem.learnLexicon(firstPass).size() > 0, "the corpus must teach some words, or the test shows nothing");
        for (Alignment first : firstPass) {
            byte[] expected = jsonl(second.realign(first));
            assertArrayEquals(expected, Files.readAllBytes(folder.resolve("out/documents/" + first.name() + ".jsonl")),
                    first.name());
        }
    }

    @Test
    void aFailingPairIsAReportRowAndTheBatchGoesOn() throws IOException {
        Path manifest = BatchCorpus.write(folder.resolve("in"), 3);
        Files.writeString(folder.resolve("in/empty.txt"), "");
        Files.writeString(manifest, "missing.txt\tnl/doc0.txt\tgone\nen/doc1.txt\tempty.txt\tempty\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        BatchResult result = run(Manifest.read(manifest), folder.resolve("out"), 2, Integer.MAX_VALUE);
        assertFalse(result.lexiconPass());
        assertEquals(3, result.count(DocumentOutcome.Status.ALIGNED));
        assertEquals(2, result.count(DocumentOutcome.Status.FAILED));
        List<String> report = Files.readAllLines(folder.resolve("out/batch-report.tsv"));
        assertEquals(BatchReport.header(), List.of(report.get(0).split("\t")));
        assertEquals(6, report.size());
        String[] gone = report.get(4).split("\t", -1);
        assertEquals("gone", gone[0]);
        assertEquals("failed", gone[1]);
        assertTrue(gone[gone.length - 1].contains("missing.txt"), report.get(4));
        assertTrue(report.get(5).startsWith("empty\tfailed\t"), report.get(5));
        assertTrue(report.get(1).startsWith("doc0\taligned\ten\tnl\t8\t8\t8\t"), report.get(1));
        assertFalse(Files.exists(folder.resolve("out/documents/gone.jsonl")));
        String index = Files.readString(folder.resolve("out/index.html"));
        assertTrue(index.indexOf(">empty<") < index.indexOf(">doc0<") && index.indexOf(">gone<") < index.indexOf(">doc0<"),
                "failed pairs are listed first");
    }

    @Test
    void aResumedBatchRedoesOnlyWhatIsMissingOrStaleAndEndsAsAnUninterruptedOne() throws IOException {
        List<DocumentPair> pairs = Manifest.read(BatchCorpus.write(folder.resolve("in"), 5));
        Path out = folder.resolve("out");
        run(pairs, out, 2, 0);
        Map<String, byte[]> uninterrupted = files(out);

        BatchResult again = run(pairs, out, 2, 0);
        assertEquals(5, again.count(DocumentOutcome.Status.SKIPPED));

        // As a run killed in its second pass leaves it: one pair not yet written, one half-written
        // (its temporary file still there).
        Files.delete(out.resolve("documents/doc1.jsonl"));
        Path temp = out.resolve("documents/.doc2.csv.0b7e1a52-3f4c-4d2e-9a61-0c2f5d8e7b19.tmp");
        Files.writeString(temp, "bead,source_ids");
        Files.delete(out.resolve("documents/doc2.csv"));
        BatchResult resumed = run(pairs, out, 2, 0);
        assertEquals(List.of("skipped", "aligned", "aligned", "skipped", "skipped"),
                resumed.outcomes().stream().map(o -> o.status().label()).toList());
        assertFalse(Files.exists(temp));
        Map<String, byte[]> after = files(out);
        assertEquals(uninterrupted.keySet(), after.keySet());
        uninterrupted.forEach((name, bytes) -> {
            if (!name.equals(BatchReport.FILE_NAME)) {
                assertArrayEquals(bytes, after.get(name), name);
            }
        });
    }

    @Test
    void anEditedInputIsAlignedAgainAndWithTheLexiconPassSoIsTheCorpus() throws IOException {
        List<DocumentPair> pairs = Manifest.read(BatchCorpus.write(folder.resolve("in"), 3));
        run(pairs, folder.resolve("one-pass"), 2, Integer.MAX_VALUE);
        run(pairs, folder.resolve("two-pass"), 2, 0);
        Files.setLastModifiedTime(pairs.get(1).sourcePath(), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertEquals(List.of("skipped", "aligned", "skipped"), statuses(run(pairs, folder.resolve("one-pass"), 2, Integer.MAX_VALUE)));
        // A changed input may change the lexicon learned across the corpus, and so every pair.
        assertEquals(List.of("aligned", "aligned", "aligned"), statuses(run(pairs, folder.resolve("two-pass"), 2, 0)));
    }

    private static List<String> statuses(BatchResult result) {
        return result.outcomes().stream().map(o -> o.status().label()).toList();
    }

    @Test
    void theCorpusTmxTagsEveryUnitWithItsDocumentAndTheIndexEscapesNames() throws Exception {
        Path manifest = BatchCorpus.write(folder.resolve("in"), 2);
        Files.writeString(manifest, "source\ttarget\tname\nen/doc0.txt\tnl/doc0.txt\tA <b>&amp; \"x\"\nen/doc1.txt\tnl/doc1.txt\tdoc1\n");
        run(Manifest.read(manifest), folder.resolve("out"), 2, Integer.MAX_VALUE);
        var xml = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(folder.resolve("out/corpus.tmx").toFile());
        NodeList units = xml.getElementsByTagName("tu");
        Map<String, Integer> byDocument = new TreeMap<>();
        for (int i = 0; i < units.getLength(); i++) {
            Element first = (Element) ((Element) units.item(i)).getElementsByTagName("prop").item(0);
            assertEquals(CorpusTmxWriter.DOCUMENT_PROP, first.getAttribute("type"));
            byDocument.merge(first.getTextContent(), 1, Integer::sum);
        }
        assertEquals(Map.of("A <b>&amp; \"x\"", units(folder.resolve("out/documents/A <b>&amp; \"x\".tmx")),
                "doc1", units(folder.resolve("out/documents/doc1.tmx"))), byDocument);
        String index = Files.readString(folder.resolve("out/index.html"));
        assertTrue(index.contains("A &lt;b&gt;&amp;amp; &quot;x&quot;"), index);
        assertFalse(index.contains("<b>&amp;"));
        assertTrue(index.contains("href=\"documents/A%20%3Cb%3E&amp;amp;%20%22x%22.html\""), index);
    }

    private static int units(Path tmx) throws IOException {
        return Files.readString(tmx).split("<tu ", -1).length - 1;
    }

    private static BatchResult run(List<DocumentPair> pairs, Path out, int threads, int lexiconMinimum) throws IOException {
        BatchOptions options = BatchOptions.defaults(out).withThreads(threads);
        return new BatchAligner(BatchLexicon.withMinimumPairs(OPTIONS, lexiconMinimum), options, line -> { }).run(pairs);
    }

    private static byte[] jsonl(Alignment alignment) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writers.forFormat(OutputFormat.JSONL).write(alignment, bytes);
        return bytes.toByteArray();
    }

    private static String withoutSeconds(byte[] report) {
        return new String(report, StandardCharsets.UTF_8).replaceAll("\t[0-9.]+\t([^\t\n]*)\n", "\t\t$1\n");
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
