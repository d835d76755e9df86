package org.tandem.review.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tandem.align.Bead;
import org.tandem.flag.FlagKind;
import org.tandem.write.ReviewStatus;

/**
 * The flags, score and note of a bead the reviewer reshaped (merged, split, moved a segment across).
 * Drift flags are not recomputed, since the aligner's evidence is for the shapes it chose: the parts
 * keep their parents' drift flags with the verdicts given, a one-sided result gets its omission or
 * addition flag, and realigning recomputes everything not confirmed.
 */
final class Reshape {
    static final String REVIEWER_OMISSION = "no target text corresponds to this source text (the reviewer's bead)";
    static final String REVIEWER_ADDITION = "no source text corresponds to this target text (the reviewer's bead)";

    private Reshape() {
    }

    /** A reshaped bead, open again: reshaping is a new link to be confirmed. */
    static ProjectBead of(long id, Bead bead, List<ProjectBead> parents, String editedTarget) {
        double score = parents.stream().mapToDouble(ProjectBead::score).min().orElse(0);
        List<String> notes = parents.stream().map(ProjectBead::note).filter(n -> !n.isEmpty()).distinct().toList();
        return new ProjectBead(id, 0, bead, score, ReviewStatus.OPEN, String.join(" / ", notes), editedTarget,
                flags(bead, parents));
    }

    private static List<ProjectFlag> flags(Bead bead, List<ProjectBead> parents) {
        Map<FlagKind, ProjectFlag> byKind = new LinkedHashMap<>();
        for (ProjectBead parent : parents) {
            for (ProjectFlag flag : parent.flags()) {
                byKind.putIfAbsent(flag.kind(), flag);
            }
        }
        List<ProjectFlag> flags = new ArrayList<>();
        if (bead.isOmission()) {
            flags.add(byKind.getOrDefault(FlagKind.OMISSION, ProjectFlag.open(FlagKind.OMISSION, REVIEWER_OMISSION)));
        } else if (bead.isAddition()) {
            flags.add(byKind.getOrDefault(FlagKind.ADDITION, ProjectFlag.open(FlagKind.ADDITION, REVIEWER_ADDITION)));
        } else {
            byKind.values().stream().filter(f -> f.kind().isDrift()).forEach(flags::add);
        }
        return flags;
    }
}
