package org.tandem.write;

import java.util.ArrayList;
import java.util.List;

/** The reviewer's notes on a bead as the XML formats show them: each flag verdict with its note, then the bead note. */
final class ReviewNotes {
    private ReviewNotes() {
    }

    static List<String> of(BeadView bead) {
        List<String> notes = new ArrayList<>();
        BeadDecision decision = bead.decision();
        for (int i = 0; i < bead.flags().size(); i++) {
            FlagVerdict verdict = decision.verdicts().get(i);
            if (verdict != FlagVerdict.OPEN) {
                String note = decision.flagNotes().get(i);
                notes.add(verdict.label() + " " + bead.flags().get(i) + (note.isEmpty() ? "" : ": " + note));
            }
        }
        if (decision.status() == ReviewStatus.REJECTED) {
            notes.add("rejected" + (decision.note().isEmpty() ? "" : ": " + decision.note()));
        } else if (!decision.note().isEmpty()) {
            notes.add(decision.note());
        }
        if (decision.editedTarget() != null) {
            notes.add("target edited");
        }
        return notes;
    }
}
