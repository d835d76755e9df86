package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tandem.flag.Alignment;

class CsvWriterTest {
    private final Alignment alignment = SampleAlignment.create();
    private final byte[] csv = WriterOutput.bytes(new CsvWriter(), alignment);

    @Test
    void isUtf8WithoutBomAndEndsRecordsWithCrlf() {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("bead,source_ids,target_ids,type,score,flags,reasons,source_text,target_text\r\n"), text);
        assertTrue(text.endsWith("\r\n"));
        assertTrue(text.contains("Oekraïne"));
        assertEquals('b', csv[0], "no byte-order mark");
    }

    @Test
    void readsBackOneRowPerBeadWithEveryField() throws IOException {
        List<CSVRecord> rows = parse();
        assertEquals(alignment.beads().size(), rows.size());

        assertRow(rows.get(0), "1", "0", "0", "1-1", "0.457", "number-mismatch", "source has 5, target has 6",
                "Prices rose by 5 % in <2024> & \"beyond\".", "De prijzen stegen met 6 % in <2024> & \"verder\".");
        assertRow(rows.get(1), "2", "1 2", "1", "2-1", "0.900", "", "",
                "Kyiv, Ukraine's capital, was quiet.\nThen “quotes” appeared.",
                "Kiev, de hoofdstad van Oekraïne, was rustig. Toen verschenen “aanhalingstekens”.");
        assertRow(rows.get(2), "3", "3", "", "1-0", "0.000", "omission", "no translation for \"This sentence…\"",
                "This sentence was dropped.", "");
        assertRow(rows.get(3), "4", "", "2", "0-1", "0.100", "addition", "not in the source <added>",
                "", "Een toegevoegde zin, met komma's; en 'quotes'.");
        // Formula-like text is kept as it is (see CsvWriter's Javadoc); control characters pass through.
        assertRow(rows.get(4), "5", "4", "3", "1-1", "1.000", "length-ratio;untranslated",
                "ratio 1.9 & rising | looks, like English",
                "=SUM(A1) rang the bell\u0007.", "=SUM(A1) luidde de bel\u0007.");
    }

    @Test
    void isByteForByteReproducible() {
        assertArrayEquals(csv, WriterOutput.bytes(new CsvWriter(), SampleAlignment.create()));
    }

    private List<CSVRecord> parse() throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)), format)) {
            assertEquals(CsvWriter.HEADER, parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    private static void assertRow(CSVRecord row, String... expected) {
        assertEquals(List.of(expected), row.toList());
    }
}
