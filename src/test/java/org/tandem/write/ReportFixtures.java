package org.tandem.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.tandem.align.Bead;
import org.tandem.flag.Alignment;
import org.tandem.flag.Flag;
import org.tandem.flag.FlagKind;
import org.tandem.flag.FlaggedBead;
import org.tandem.segment.Segment;

/** Alignments for the report tests: one small and hostile, one large and plain. */
final class ReportFixtures {
    static final String HOSTILE_SOURCE = "<script>alert('x')</script> Tom & \"Jerry\" </script><!-- 5 > 4";
    static final String HOSTILE_TARGET = "Zoë sagte:\n„Grüße“ — 東京 & <b>bold</b> 'quoted' `tick` = 😀";
    static final String HOSTILE_REASON = "reason with </script> & <img src=x onerror=alert(1)>";
    static final String HOSTILE_NAME = "doc</script><script>alert(1)</script>&\"'";

    private ReportFixtures() {
    }

    /** Beads: 1-1 number-mismatch, 2-1 clean, 1-0 omission, 0-1 addition, 1-1 with two flags. */
    static Alignment hostile() {
        List<Segment> source = List.of(
                new Segment(0, HOSTILE_SOURCE, 0),
                new Segment(1, "Kyiv, the capital,", 1),
                new Segment(2, "was quiet.", 1),
                new Segment(3, "This sentence was dropped.", 2),
                new Segment(4, "Lone surrogate \uD800 here.", 3));
        List<Segment> target = List.of(
                new Segment(0, HOSTILE_TARGET, 0),
                new Segment(1, "Kiev, de hoofdstad, was rustig.", 1),
                new Segment(2, "Een toegevoegde zin.", 2),
                new Segment(3, "Losse helft hier.", 3));
        List<FlaggedBead> beads = List.of(
                new FlaggedBead(new Bead(0, 1, 0, 1), 0.4565,
                        List.of(new Flag(FlagKind.NUMBER_MISMATCH, HOSTILE_REASON))),
                new FlaggedBead(new Bead(1, 3, 1, 2), 0.9, List.of()),
                new FlaggedBead(new Bead(3, 4, 2, 2), 0.0,
                        List.of(new Flag(FlagKind.OMISSION, "no translation for \"This sentence…\""))),
                new FlaggedBead(new Bead(4, 4, 2, 3), 0.1,
                        List.of(new Flag(FlagKind.ADDITION, "not in the source"))),
                new FlaggedBead(new Bead(4, 5, 3, 4), 1.0,
                        List.of(new Flag(FlagKind.LENGTH_RATIO, "ratio 1.9 & rising"),
                                new Flag(FlagKind.UNTRANSLATED, "looks like English"))));
        return new Alignment(HOSTILE_NAME, "en", "nl", source, target, beads);
    }

    /**
     * A web page's translation: a four-item menu added before the text (a run, collapsed), two added
     * lines in the middle (too short a run to collapse) and five long related-article lines at the end
     * (a run whose preview must be cut). Beads 1-4, 6-7 and 9-13 are additions.
     */
    static Alignment menu() {
        List<Segment> source = List.of(
                new Segment(0, "The bridge over the river opened on Monday.", 0),
                new Segment(1, "The mayor cut the ribbon.", 1),
                new Segment(2, "Traffic was heavy all day.", 2));
        List<String> targetTexts = List.of("Home", "Nieuws", "Sport", "Contact",
                "De brug over de rivier ging maandag open.",
                "Lees ook:", "Deel dit artikel",
                "De burgemeester knipte het lint door. Het verkeer was de hele dag druk.",
                "Gerelateerd: nieuwe fietsbrug over de Maas bijna klaar, zegt de gemeente na maanden vertraging",
                "Gerelateerd: wegwerkzaamheden op de ring rond de stad duren langer dan gepland",
                "Gerelateerd: bewoners protesteren tegen de kap van bomen langs de kade",
                "Gerelateerd: het weer van morgen", "Gerelateerd: de uitslagen van zondag");
        List<Segment> target = new ArrayList<>();
        for (int t = 0; t < targetTexts.size(); t++) {
            target.add(new Segment(t, targetTexts.get(t), t));
        }
        List<FlaggedBead> beads = new ArrayList<>();
        for (int t = 0; t < targetTexts.size(); t++) {
            if (t == 4) {
                beads.add(new FlaggedBead(new Bead(0, 1, 4, 5), 0.9, List.of()));
            } else if (t == 7) {
                beads.add(new FlaggedBead(new Bead(1, 3, 7, 8), 0.8, List.of()));
            } else {
                int s = t < 4 ? 0 : t < 7 ? 1 : 3;
                beads.add(new FlaggedBead(new Bead(s, s, t, t + 1), 0.9,
                        List.of(new Flag(FlagKind.ADDITION, "no source text corresponds to this target text"))));
            }
        }
        return new Alignment("menu", "en", "nl", source, target, beads);
    }

    /**
     * {@code count} beads of realistic sentence length: mostly 1-1, with an omission every 97th,
     * an addition every 89th and a drift flag every 7th, so filters and the map have work to do.
     */
    static Alignment synthetic(int count) {
        List<Segment> source = new ArrayList<>();
        List<Segment> target = new ArrayList<>();
        List<FlaggedBead> beads = new ArrayList<>(count);
        FlagKind[] drift = {FlagKind.NUMBER_MISMATCH, FlagKind.NAME_MISMATCH, FlagKind.LENGTH_RATIO,
                FlagKind.LOW_SIMILARITY, FlagKind.UNTRANSLATED};
        for (int i = 0; i < count; i++) {
            int s = source.size();
            int t = target.size();
            List<Flag> flags = new ArrayList<>();
            if (i % 97 == 50) {
                source.add(new Segment(s, "Sentence " + i + " about the negotiations in Istanbul was left out.", s));
                flags.add(new Flag(FlagKind.OMISSION, "no target text corresponds to this source text"));
            } else if (i % 89 == 40) {
                target.add(new Segment(t, "Zin " + i + " die de vertaler heeft toegevoegd over de onderhandelingen.", t));
                flags.add(new Flag(FlagKind.ADDITION, "no source text corresponds to this target text"));
            } else {
                source.add(new Segment(s, "Sentence number " + i + " talks about Ukraine, the talks in Istanbul"
                        + " & the \"grain deal\" signed in July.", s));
                target.add(new Segment(t, "Zin nummer " + i + " gaat over Oekraïne, de gesprekken in Istanbul"
                        + " & de “graandeal” die in juli werd getekend.", t));
                if (i % 7 == 3) {
                    flags.add(new Flag(drift[(i / 7) % drift.length], "synthetic drift on bead " + (i + 1)));
                }
            }
            Bead bead = new Bead(s, source.size(), t, target.size());
            beads.add(new FlaggedBead(bead, (i % 1000) / 1000.0, flags));
        }
        return new Alignment("synthetic-" + count, "en", "nl", source, target, beads);
    }

    static byte[] render(Alignment alignment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new HtmlReportWriter().write(alignment, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
