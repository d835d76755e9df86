package org.tandem.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tandem.flag.Alignment;
import org.tandem.flag.AlignmentSummary;
import org.tandem.flag.Flag;
import org.tandem.flag.FlagKind;
import org.tandem.flag.FlaggedBead;

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
        for (int i = 0; i < alignment.beads().size(); i++) {
            rows.add(row(alignment, i));
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

    private static ReportModel.Row row(Alignment alignment, int index) {
        FlaggedBead flagged = alignment.beads().get(index);
        List<ReportModel.Chip> chips = new ArrayList<>(flagged.flags().size());
        for (Flag flag : flagged.flags()) {
            chips.add(new ReportModel.Chip(flag.kind().label(), KindStyle.cssClass(flag.kind()),
                    ReportText.clean(flag.reason())));
        }
        String rowClass = chips.isEmpty() ? "bead" : "bead f " + chips.get(0).css();
        return new ReportModel.Row(index + 1, flagged.bead().type(), ReportText.score(flagged.score()),
                ReportText.clean(alignment.sourceText(flagged.bead())),
                ReportText.clean(alignment.targetText(flagged.bead())),
                chips, rowClass);
    }
}
