package org.tandem.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * One side of a document under two segmentations, the gold's and Tandem's, cut at every boundary
 * of either into pieces numbered from 0. Positions count non-whitespace characters only, so that
 * joining lines into paragraphs and re-segmenting cannot shift them. Two beads then cover the same
 * characters exactly when they cover the same pieces, and overlap when they share one, so
 * {@link BeadScores} can score end-to-end alignments as it scores segment ids.
 */
final class CharacterPieces {
    private final int[] goldOffsets;
    private final int[] testOffsets;
    private final int[] boundaries;

    private CharacterPieces(int[] goldOffsets, int[] testOffsets) {
        this.goldOffsets = goldOffsets;
        this.testOffsets = testOffsets;
        TreeSet<Integer> all = new TreeSet<>();
        Arrays.stream(goldOffsets).forEach(all::add);
        Arrays.stream(testOffsets).forEach(all::add);
        this.boundaries = all.stream().mapToInt(Integer::intValue).toArray();
    }

    static CharacterPieces of(List<String> goldSegments, List<String> testSegments) {
        return new CharacterPieces(offsets(goldSegments), offsets(testSegments));
    }

    /** False when the two segmentations do not hold the same number of characters: a text changed on the way. */
    boolean sameLength() {
        return goldOffsets[goldOffsets.length - 1] == testOffsets[testOffsets.length - 1];
    }

    List<Integer> goldPieces(int segment) {
        return pieces(goldOffsets, segment);
    }

    List<Integer> testPieces(int segment) {
        return pieces(testOffsets, segment);
    }

    IdBead goldBead(IdBead bead, CharacterPieces targetSide) {
        return new IdBead(flat(bead.sourceIds(), this::goldPieces), flat(bead.targetIds(), targetSide::goldPieces));
    }

    IdBead testBead(IdBead bead, CharacterPieces targetSide) {
        return new IdBead(flat(bead.sourceIds(), this::testPieces), flat(bead.targetIds(), targetSide::testPieces));
    }

    private List<Integer> pieces(int[] offsets, int segment) {
        int first = Arrays.binarySearch(boundaries, offsets[segment]);
        int end = Arrays.binarySearch(boundaries, offsets[segment + 1]);
        List<Integer> pieces = new ArrayList<>(end - first);
        for (int k = first; k < end; k++) {
            pieces.add(k);
        }
        return pieces;
    }

    private static List<Integer> flat(List<Integer> ids, java.util.function.IntFunction<List<Integer>> pieces) {
        List<Integer> all = new ArrayList<>();
        for (int id : ids) {
            all.addAll(pieces.apply(id));
        }
        return all;
    }

    /** Start offsets of each segment plus the total, in counted characters. */
    private static int[] offsets(List<String> segments) {
        int[] offsets = new int[segments.size() + 1];
        for (int k = 0; k < segments.size(); k++) {
            offsets[k + 1] = offsets[k] + countedCharacters(segments.get(k));
        }
        return offsets;
    }

    /** Characters that survive Tandem's text normalisation: not whitespace, not invisible format characters. */
    static int countedCharacters(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        int count = 0;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                count++;
            }
        }
        return count;
    }
}
