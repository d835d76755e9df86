package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.Tandem;
import org.tandem.TandemOptions;
import org.tandem.align.NewsPair;
import org.tandem.flag.Alignment;
import org.tandem.segment.Segment;

/** The words a flag is about are highlighted in the report and located in the JSONL. */
class ReportSpansTest {
    @Test
    void aChangedNumberIsMarkedInTheReportAndLocatedInTheJsonl() throws Exception {
        List<String> nl = new ArrayList<>(NewsPair.NL);
        nl.set(16, nl.get(16).replace("600.000", "900.000"));
        Alignment alignment = new Tandem(TandemOptions.defaults())
                .align(Segment.ofLines(NewsPair.EN), "en", Segment.ofLines(nl), "nl", "spans");
        String html = new String(WriterOutput.bytes(new HtmlReportWriter(), alignment), StandardCharsets.UTF_8);
        assertTrue(html.contains("<mark class=\"span k-number-mismatch\">600,000</mark>"), "source side marked");
        assertTrue(html.contains("<mark class=\"span k-number-mismatch\">900.000</mark>"), "target side marked");
        String jsonl = new String(WriterOutput.bytes(new JsonlWriter(), alignment), StandardCharsets.UTF_8);
        String line = jsonl.lines().filter(l -> l.contains("900.000")).findFirst().orElseThrow();
        int start = NewsPair.EN.get(16).indexOf("600,000");
        assertTrue(line.contains("\"spans\":[{\"flag\":\"number-mismatch\",\"side\":\"source\",\"start\":" + start
                + ",\"end\":" + (start + 7) + "}"), line);
    }
}
