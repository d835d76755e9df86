package org.tandem.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tandem.flag.Alignment;
import org.tandem.flag.AlignmentSummary;
import org.tandem.flag.Flag;
import org.tandem.flag.FlagKind;
import org.tandem.flag.FlaggedBead;
import org.tandem.flag.Span;

/** Turns an alignment into the values the report template shows. */
final class ReportModels {
    private ReportModels() {
    }

    static ReportModel of(Alignment alignment, ReportResources resources) {
        AlignmentSummary summary = AlignmentSummary.of(alignment);
        // Every kind appears in the legend and the filter menu, counted or not, so reports of
        // different documents look alike and a zero is visible as a zero.
        List<FlagKind> kinds = Arrays.asList(FlagKind.values());
        List<ReportModel.Kind> legend = new ArrayList<>(kinds.size());
        for (int bit = 0; bit < kinds.size(); bit++) {
            FlagKind kind = kinds.get(bit);
            legend.add(new ReportModel.Kind(kind.label(), KindStyle.cssClass(kind), KindStyle.meaning(kind),
                    summary.flagsByKind().getOrDefault(kind, 0), bit));
        }
        List<ReportModel.Row> rows = new ArrayList<>(alignment.beads().size());
        ReportModel.Run[] runs = additionRuns(alignment);
        ReportModel.Run open = null;
        for (int i = 0; i < alignment.beads().size(); i++) {
            if (runs[i] != null) {
                open = runs[i];
            }
            boolean folded = open != null && i + 1 <= open.last();
            rows.add(row(alignment, i, folded, runs[i]));
            if (open != null && i + 1 == open.last()) {
                open = null;
            }
        }
        return new ReportModel(
                ReportText.clean(alignment.name()),
                ReportText.clean(alignment.sourceLanguage()),
                ReportText.clean(alignment.targetLanguage()),
                summary(summary, alignment.beads().size()),
                legend,
                rows,
                AlignmentMap.of(alignment),
                resources.css(),
                resources.script(),
                BeadData.json(alignment, kinds.stream().map(FlagKind::label).toList()));
    }

    private static ReportModel.Summary summary(AlignmentSummary summary, int beads) {
        List<ReportModel.Count> types = summary.beadsByType().entrySet().stream()
                .map(e -> new ReportModel.Count(e.getKey(), e.getValue()))
                .toList();
        return new ReportModel.Summary(summary.sourceSegments(), summary.targetSegments(), beads,
                summary.flaggedBeads(), types, !summary.flagsByKind().isEmpty());
    }

    /**
     * The runs of at least {@link #MIN_RUN} consecutive additions, each at the index of its first bead.
     * Shorter runs stay as they are: a block header would take as much room as the beads themselves.
     */
    static ReportModel.Run[] additionRuns(Alignment alignment) {
        List<FlaggedBead> beads = alignment.beads();
        ReportModel.Run[] runs = new ReportModel.Run[beads.size()];
        int i = 0;
        while (i < beads.size()) {
            if (!beads.get(i).bead().isAddition()) {
                i++;
                continue;
            }
            int end = i;
            while (end < beads.size() && beads.get(end).bead().isAddition()) {
                end++;
            }
            if (end - i >= MIN_RUN) {
                runs[i] = new ReportModel.Run(i + 1, end, end - i, preview(alignment, beads.subList(i, end)));
            }
            i = end;
        }
        return runs;
    }

    /** Fewer consecutive additions than this are shown one by one. */
    static final int MIN_RUN = 3;
    private static final int PREVIEW_CHARS = 140;

    /** The run's texts joined with " · ", cut at a word boundary. */
    private static String preview(Alignment alignment, List<FlaggedBead> run) {
        StringBuilder text = new StringBuilder();
        for (FlaggedBead bead : run) {
            if (text.length() > 0) {
                text.append(" · ");
            }
            text.append(alignment.targetText(bead.bead()).strip().replaceAll("\\s+", " "));
            if (text.length() > PREVIEW_CHARS) {
                break;
            }
        }
        if (text.length() <= PREVIEW_CHARS) {
            return ReportText.clean(text.toString());
        }
        int cut = text.lastIndexOf(" ", PREVIEW_CHARS);
        return ReportText.clean(text.substring(0, cut > PREVIEW_CHARS / 2 ? cut : PREVIEW_CHARS).strip()) + " …";
    }

    private static ReportModel.Row row(Alignment alignment, int index, boolean folded, ReportModel.Run run) {
        FlaggedBead flagged = alignment.beads().get(index);
        List<ReportModel.Chip> chips = new ArrayList<>(flagged.flags().size());
        for (Flag flag : flagged.flags()) {
            chips.add(new ReportModel.Chip(flag.kind().label(), KindStyle.cssClass(flag.kind()),
                    ReportText.clean(flag.reason())));
        }
        String rowClass = (chips.isEmpty() ? "bead" : "bead f " + chips.get(0).css()) + (folded ? " fold" : "");
        String source = ReportText.clean(alignment.sourceText(flagged.bead()));
        String target = ReportText.clean(alignment.targetText(flagged.bead()));
        return new ReportModel.Row(index + 1, flagged.bead().type(), ReportText.score(flagged.score()),
                source, target, chips, rowClass, run,
                pieces(source, flagged, Span.Side.SOURCE), pieces(target, flagged, Span.Side.TARGET));
    }

    /** The text cut at the flags' spans on one side; where spans overlap, the earlier flag's wins. */
    static List<ReportModel.Piece> pieces(String text, FlaggedBead flagged, Span.Side side) {
        List<Span> spans = new ArrayList<>();
        List<String> css = new ArrayList<>();
        for (Flag flag : flagged.flags()) {
            for (Span span : flag.spans()) {
                if (span.side() == side && span.end() <= text.length() && span.end() > span.start()) {
                    spans.add(span);
                    css.add(KindStyle.cssClass(flag.kind()));
                }
            }
        }
        Integer[] order = new Integer[spans.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt((Integer k) -> spans.get(k).start()));
        List<ReportModel.Piece> pieces = new ArrayList<>();
        int at = 0;
        for (int k : order) {
            Span span = spans.get(k);
            if (span.start() < at) {
                continue;
            }
            if (span.start() > at) {
                pieces.add(new ReportModel.Piece(text.substring(at, span.start()), null));
            }
            pieces.add(new ReportModel.Piece(text.substring(span.start(), span.end()), css.get(k)));
            at = span.end();
        }
        if (at < text.length() || pieces.isEmpty()) {
            pieces.add(new ReportModel.Piece(text.substring(at), null));
        }
        return pieces;
    }
}
