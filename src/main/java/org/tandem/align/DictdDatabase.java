package org.tandem.align;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.tandem.input.BadInputException;
import org.tandem.input.PlainMessage;

/**
 * The entries of one dictd database: an {@code .index} file of {@code headword<TAB>offset<TAB>length}
 * lines pointing into the entry texts of the {@code .dict.dz} (dictzip, which is gzip with an extra
 * header field, so a plain gzip reader inflates it) or uncompressed {@code .dict} next to it.
 * Offsets and lengths count bytes of the uncompressed UTF-8 data, in {@link DictdBase64}.
 *
 * <p>The whole data file is inflated into memory: FreeDict databases are a few megabytes at most,
 * and random access through dictzip's chunk table would buy nothing when every entry is read anyway.
 */
final class DictdDatabase {
    /** One entry: the headword as the index spells it (dictd may strip punctuation there) and the entry's text. */
    record Entry(String indexHeadword, String text) {
    }

    private DictdDatabase() {
    }

    /**
     * Every entry once, in index order, without dictd's own meta entries ({@code 00-database-info},
     * {@code 00databaseurl} and the like), which describe the database rather than translate a word.
     */
    static List<Entry> read(Path indexFile) {
        byte[] data = readData(dataFileFor(indexFile));
        List<String> lines;
        try {
            lines = Files.readAllLines(indexFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(indexFile + ": cannot read the dictd index (" + PlainMessage.reason(e) + ")", e);
        }
        List<Entry> entries = new ArrayList<>();
        // Several headwords may point at one entry (dictd indexes variant spellings); read it once.
        Set<String> seenSpans = new HashSet<>();
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            long offset = fields.length >= 3 ? DictdBase64.decode(fields[1]) : -1;
            long length = fields.length >= 3 ? DictdBase64.decode(fields[2]) : -1;
            if (offset < 0 || length < 0 || offset + length > data.length) {
                throw new BadInputException(indexFile + ":" + lineNumber + ": not a dictd index line pointing into "
                        + data.length + " bytes of entries");
            }
            if (isMetaEntry(fields[0]) || !seenSpans.add(fields[1] + "\t" + fields[2])) {
                continue;
            }
            String text = new String(data, (int) offset, (int) length, StandardCharsets.UTF_8);
            entries.add(new Entry(fields[0], text));
        }
        return entries;
    }

    static boolean isMetaEntry(String indexHeadword) {
        return indexHeadword.startsWith("00-database") || indexHeadword.startsWith("00database");
    }

    /** {@code x.index} pairs with {@code x.dict.dz}, or {@code x.dict} where the data was left uncompressed. */
    static Path dataFileFor(Path indexFile) {
        String name = indexFile.getFileName().toString();
        String stem = name.endsWith(".index") ? name.substring(0, name.length() - ".index".length()) : name;
        Path compressed = indexFile.resolveSibling(stem + ".dict.dz");
        return Files.exists(compressed) ? compressed : indexFile.resolveSibling(stem + ".dict");
    }

    private static byte[] readData(Path dataFile) {
        try (InputStream raw = Files.newInputStream(dataFile)) {
            if (!dataFile.getFileName().toString().endsWith(".dz")) {
                return raw.readAllBytes();
            }
            try (InputStream inflated = new GZIPInputStream(raw, 1 << 16)) {
                return inflated.readAllBytes();
            }
        } catch (IOException e) {
            throw new BadInputException(dataFile + ": cannot read the dictd data (" + PlainMessage.reason(e) + ")", e);
        }
    }
}
