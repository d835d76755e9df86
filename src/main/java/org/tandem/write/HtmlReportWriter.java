package org.tandem.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.tandem.flag.Alignment;

/**
 * Writes the review report: one self-contained HTML page (styles, script and data inline, no
 * network access) showing the summary, both documents bead by bead with their flags, filters,
 * j/k navigation between flagged beads and an alignment map.
 *
 * <p>The bytes depend only on the alignment: no dates, no generated ids, and every map is
 * iterated in a fixed order, so the report is reproducible like the other formats.
 */
public final class HtmlReportWriter implements AlignmentWriter {
    @Override
    public void write(Alignment alignment, OutputStream out) throws IOException {
        ReportResources resources = ReportResources.get();
        ReportModel model = ReportModels.of(alignment, resources);
        // Flushed, never closed: the AlignmentWriter contract leaves the caller's stream open.
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        resources.template().execute(text, model);
        text.flush();
    }
}
