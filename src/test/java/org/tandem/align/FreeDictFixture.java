package org.tandem.align;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Writes small dictd databases the way dictfmt/dictzip lay them out, for tests. */
final class FreeDictFixture {
    // A list, not a map: real indexes repeat headwords (house, house‐ both index as "house").
    private final List<Map.Entry<String, String>> entries = new ArrayList<>();

    /** Entry texts keyed by index headword, in file order. */
    FreeDictFixture entry(String indexHeadword, String text) {
        entries.add(Map.entry(indexHeadword, text));
        return this;
    }

    /** The meta entries dictfmt writes, in both spellings seen in the wild. */
    FreeDictFixture withMetaEntries() {
        entry("00-database-info", "00-database-info\nThis is a test dictionary, with, commas\n");
        entry("00databaseurl", "http://freedict.org/\n");
        return entry("00databaseshort", "Test Dictionary\n");
    }

    /** {@code dir/name.index} and a gzip-compressed {@code dir/name.dict.dz}; returns the index. */
    Path write(Path dir, String name) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        StringBuilder index = new StringBuilder();
        for (Map.Entry<String, String> e : entries) {
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            index.append(e.getKey()).append('\t').append(DictdBase64.encode(data.size()))
                    .append('\t').append(DictdBase64.encode(bytes.length)).append('\n');
            data.write(bytes);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name + ".dict.dz")))) {
            data.writeTo(out);
        }
        Path indexFile = dir.resolve(name + ".index");
        Files.writeString(indexFile, index, StandardCharsets.UTF_8);
        return indexFile;
    }
}
