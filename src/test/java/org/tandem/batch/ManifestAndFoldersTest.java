package org.tandem.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.input.BadInputException;

class ManifestAndFoldersTest {
    @TempDir
    Path folder;

    @Test
    void relativePathsResolveAgainstTheManifestsFolderAndNamesDefaultToTheTarget() throws IOException {
        Path manifest = write("corpus/list.tsv", "target\tsource\tsource_lang\n"
                + "nl/a.pdf\ten/a.docx\ten\n"
                + "/abs/nl/b.txt\t/abs/en/b.txt\t\n");
        List<DocumentPair> pairs = Manifest.read(manifest);
        assertEquals(2, pairs.size());
        assertEquals("a", pairs.get(0).name());
        assertEquals(folder.resolve("corpus/en/a.docx").toString(), pairs.get(0).source());
        assertEquals(folder.resolve("corpus/nl/a.pdf").toString(), pairs.get(0).target());
        assertEquals("en", pairs.get(0).sourceLanguage());
        assertNull(pairs.get(0).targetLanguage());
        assertEquals("/abs/en/b.txt", pairs.get(1).source());
        assertNull(pairs.get(1).sourceLanguage());
    }

    @Test
    void aMalformedManifestIsBadInputThatSaysWhatIsWrong() throws IOException {
        assertMessage("unknown column 'sorce'", write("m1.tsv", "sorce\ttarget\nx\ty\n"));
        assertMessage("must name the columns source and target", write("m2.tsv", "source\tname\nx\ty\n"));
        assertMessage("a second pair named 'x'", write("m3.tsv", "source\ttarget\nen/x.txt\tnl/x.txt\nen2/x.txt\tnl2/x.txt\n"));
        assertMessage("line 2: both source and target are needed", write("m4.tsv", "source\ttarget\nx.txt\t\n"));
        assertMessage("cannot name a document's output files", write("m5.tsv", "source\ttarget\tname\nx\ty\t../up\n"));
        assertMessage("no document pairs", write("m6.tsv", "source\ttarget\n"));
        assertMessage("no such manifest", folder.resolve("missing.tsv"));
    }

    @Test
    void foldersPairByRelativePathWithTheExtensionIgnoredAndReportWhatIsLeft() throws IOException {
        write("en/a/x.docx", "x");
        write("nl/a/x.pdf", "x");
        write("en/y.txt", "y");
        write("nl/y.html", "y");
        write("en/only-source.txt", "s");
        write("nl/b/only-target.txt", "t");
        write("en/twice.txt", "t");
        write("nl/twice.txt", "t");
        write("nl/twice.html", "t");
        write("en/.hidden.txt", "h");
        FolderPairing pairing = FolderPairing.of(folder.resolve("en"), folder.resolve("nl"), "en", null);
        assertEquals(List.of("a/x", "y"), pairing.pairs().stream().map(DocumentPair::name).toList());
        assertEquals(folder.resolve("nl/a/x.pdf").toString(), pairing.pairs().get(0).target());
        assertEquals("en", pairing.pairs().get(0).sourceLanguage());
        assertEquals(3, pairing.unpaired().size(), pairing.unpaired().toString());
        assertTrue(pairing.unpaired().get(0).contains("only-target.txt: no source file b/only-target.*"), pairing.unpaired().toString());
        assertTrue(pairing.unpaired().get(1).contains("only-source.txt: no target file only-source.*"), pairing.unpaired().toString());
        assertTrue(pairing.unpaired().get(2).startsWith("twice: more than one file on a side"), pairing.unpaired().toString());
    }

    private void assertMessage(String expected, Path manifest) {
        BadInputException e = assertThrows(BadInputException.class, () -> Manifest.read(manifest));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private Path write(String relative, String text) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
