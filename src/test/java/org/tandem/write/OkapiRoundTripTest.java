package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.align.Bead;
import org.tandem.flag.Alignment;
import org.tandem.flag.FlaggedBead;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.Note;
import net.sf.okapi.common.annotation.NoteAnnotation;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.tmx.TmxFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;

/**
 * Reads Tandem's XLIFF and TMX back with Okapi's filters, the ones Rainbow and many CAT tools build
 * on, and checks that every unit and every text arrives unchanged.
 */
class OkapiRoundTripTest {
    private static final LocaleId NL = LocaleId.fromString("nl");

    static Stream<Arguments> alignments() {
        return Stream.of(
                Arguments.of("sample", SampleAlignment.create()),
                Arguments.of("large", SampleAlignment.large(300)),
                Arguments.of("seed", SeedAlignment.get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alignments")
    void xliffFilterReadsEveryBeadWithItsTextsStateAndNotes(String label, Alignment alignment) {
        List<Unit> units = read(new XLIFFFilter(), WriterOutput.bytes(new XliffWriter("1.0"), alignment), alignment);
        assertEquals(alignment.beads().size(), units.size(), "one text unit per bead");
        for (int i = 0; i < units.size(); i++) {
            FlaggedBead flagged = alignment.beads().get(i);
            Bead bead = flagged.bead();
            Unit unit = units.get(i);
            String where = label + " bead " + (i + 1);
            assertEquals(Integer.toString(i + 1), unit.id(), where);
            assertEquals(!bead.isAddition(), unit.translatable(), where);
            assertEquals(UnicodeText.forXml(alignment.sourceText(bead)), unit.source(), where);
            assertEquals(UnicodeText.forXml(alignment.targetText(bead)), unit.target(), where);
            String state = bead.isOmission() ? "needs-translation"
                    : bead.isAddition() || !flagged.flags().isEmpty() ? "needs-review-translation" : "translated";
            assertEquals(state, unit.state(), where);
            assertEquals(notes(flagged, "tandem> "), unit.notes(), where);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alignments")
    void tmxFilterReadsEveryTwoSidedBeadWithItsTextsAndProps(String label, Alignment alignment) {
        List<Unit> units = read(new TmxFilter(), WriterOutput.bytes(new TmxWriter("1.0"), alignment), alignment);
        List<Integer> twoSided = new ArrayList<>();
        for (int i = 0; i < alignment.beads().size(); i++) {
            if (alignment.beads().get(i).bead().isTwoSided()) {
                twoSided.add(i);
            }
        }
        assertEquals(twoSided.size(), units.size(), "one text unit per two-sided bead");
        for (int u = 0; u < units.size(); u++) {
            int index = twoSided.get(u);
            FlaggedBead flagged = alignment.beads().get(index);
            Unit unit = units.get(u);
            String where = label + " bead " + (index + 1);
            assertEquals(Integer.toString(index + 1), unit.name(), where + " tuid");
            assertEquals(UnicodeText.forXml(alignment.sourceText(flagged.bead())), unit.source(), where);
            assertEquals(UnicodeText.forXml(alignment.targetText(flagged.bead())), unit.target(), where);
            assertEquals(flagged.bead().type(), unit.props().get(0), where);
            assertEquals(Scores.text(flagged.score()), unit.props().get(1), where);
            // Okapi's TMX filter reads a unit's notes as one note, joined with ", " (XLIFF keeps them apart).
            List<String> notes = notes(flagged, "");
            assertEquals(notes.isEmpty() ? List.of() : List.of(String.join(", ", notes)), unit.notes(), where);
        }
    }

    /** The note texts Tandem writes for the flags of a bead, each preceded by {@code prefix}. */
    private static List<String> notes(FlaggedBead flagged, String prefix) {
        return flagged.flags().stream()
                .map(f -> prefix + UnicodeText.forXml(f.kind().label() + ": " + f.reason()))
                .toList();
    }

    /** What a filter made of one unit. {@code props} holds x-tandem-type and x-tandem-score (TMX only). */
    private record Unit(String id, String name, boolean translatable, String source, String target,
                        String state, List<String> notes, List<String> props) {
    }

    private static List<Unit> read(IFilter filter, byte[] bytes, Alignment alignment) {
        LocaleId source = LocaleId.fromString(alignment.sourceLanguage());
        LocaleId target = LocaleId.fromString(alignment.targetLanguage());
        assertEquals(NL, target);
        List<Unit> units = new ArrayList<>();
        try (RawDocument document = new RawDocument(new ByteArrayInputStream(bytes), "UTF-8", source, target)) {
            filter.open(document);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    units.add(unit(event.getTextUnit(), target));
                }
            }
        } finally {
            filter.close();
        }
        return units;
    }

    private static Unit unit(ITextUnit tu, LocaleId locale) {
        TextContainer target = tu.getTarget(locale);
        assertNotNull(target, "unit " + tu.getId() + " has a target");
        List<String> notes = new ArrayList<>();
        NoteAnnotation annotation = tu.getAnnotation(NoteAnnotation.class);
        if (annotation != null) {
            for (Note note : annotation) {
                // XLIFF notes say who wrote them (from="tandem"); TMX notes cannot.
                notes.add(note.getFrom() == null ? note.getNoteText() : note.getFrom() + "> " + note.getNoteText());
            }
        }
        List<String> props = new ArrayList<>();
        for (String name : List.of("x-tandem-type", "x-tandem-score")) {
            if (tu.hasProperty(name)) {
                props.add(tu.getProperty(name).getValue());
            }
        }
        String state = target.hasProperty("state") ? target.getProperty("state").getValue() : null;
        assertTrue(tu.getSource().getSegments().count() <= 1, "no segmentation was added");
        return new Unit(tu.getId(), tu.getName(), tu.isTranslatable(), text(tu.getSource()), text(target),
                state, notes, props);
    }

    private static String text(TextContainer container) {
        return container.getUnSegmentedContentCopy().getText();
    }
}
