package org.tandem.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tandem.flag.FlagKind;
import org.tandem.write.AtomicOutputs;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

/**
 * The corpus {@code index.html}: the corpus's totals and one row per pair, worst first (failed
 * pairs, then by the share of flagged beads), each linking its review report. Rendered with
 * Mustache, whose escaper makes any name or error safe. It holds no times and no run-dependent
 * status, so a resumed batch writes the same page as an uninterrupted one.
 */
public final class CorpusIndex {
    public static final String FILE_NAME = "index.html";
    private static final Mustache TEMPLATE = compile();

    private CorpusIndex() {
    }

    /**
     * @param linkReports whether the per-document review reports ({@code documents/NAME.html}) were written
     */
    public static void write(Path file, List<DocumentOutcome> outcomes, boolean linkReports) throws IOException {
        Map<String, Object> model = model(outcomes, linkReports);
        AtomicOutputs.writeFile(file, out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            TEMPLATE.execute(text, model);
            text.flush();
        });
    }

    static Map<String, Object> model(List<DocumentOutcome> outcomes, boolean linkReports) {
        List<DocumentOutcome> worstFirst = new ArrayList<>(outcomes);
        worstFirst.sort(Comparator.comparingDouble(DocumentOutcome::flagRate).reversed()
                .thenComparing(DocumentOutcome::name));
        int aligned = 0;
        int source = 0;
        int target = 0;
        int beads = 0;
        int flagged = 0;
        Map<FlagKind, Integer> flags = new java.util.EnumMap<>(FlagKind.class);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DocumentOutcome outcome : worstFirst) {
            if (outcome.succeeded()) {
                aligned++;
                source += outcome.sourceSegments();
                target += outcome.targetSegments();
                beads += outcome.beads();
                flagged += outcome.flaggedBeads();
                outcome.flags().forEach((kind, count) -> flags.merge(kind, count, Integer::sum));
            }
            rows.add(row(outcome, linkReports));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("documents", outcomes.size());
        model.put("aligned", aligned);
        model.put("failed", outcomes.size() - aligned);
        model.put("sourceSegments", source);
        model.put("targetSegments", target);
        model.put("beads", beads);
        model.put("flaggedBeads", flagged);
        model.put("flagRate", percent(flagged, beads));
        List<Map<String, Object>> totals = new ArrayList<>();
        flags.forEach((kind, count) -> {
            if (count > 0) {
                Map<String, Object> total = new HashMap<>();
                total.put("kind", kind.label());
                total.put("count", count);
                totals.add(total);
            }
        });
        if (!totals.isEmpty()) {
            totals.get(totals.size() - 1).put("last", true);
        }
        model.put("flagTotals", totals);
        model.put("kinds", java.util.Arrays.stream(FlagKind.values()).map(FlagKind::label).toList());
        model.put("rows", rows);
        return model;
    }

    private static Map<String, Object> row(DocumentOutcome outcome, boolean linkReports) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", outcome.name());
        row.put("failed", !outcome.succeeded());
        if (outcome.succeeded()) {
            row.put("beads", outcome.beads());
            row.put("flaggedBeads", outcome.flaggedBeads());
            row.put("flagRate", percent(outcome.flaggedBeads(), outcome.beads()));
            row.put("flags", List.copyOf(outcome.flags().values()));
            if (linkReports) {
                row.put("link", link(outcome.name()));
            }
        } else {
            row.put("flagRate", "failed");
            row.put("error", outcome.error());
        }
        return row;
    }

    /** A relative link to the pair's report, its name percent-encoded where a URL path needs it. */
    private static String link(String name) {
        try {
            return new URI(null, null, "documents/" + name + ".html", null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("no link for " + name, e);
        }
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "0.0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static Mustache compile() {
        InputStream in = CorpusIndex.class.getResourceAsStream("/org/tandem/batch/index.mustache");
        if (in == null) {
            throw new IllegalStateException("index.mustache is missing from the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new DefaultMustacheFactory().compile(reader, "index.mustache");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
