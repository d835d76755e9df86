package org.tandem.align;

import java.util.List;

/**
 * Prefix sums over one side's segment profiles, so that any run of segments is measured in constant
 * time: characters, sentences, open joins and content weight.
 */
final class SideSums {
    private final List<SegmentProfile> profiles;
    private final long[] chars;
    private final int[] sentences;
    private final int[] openJoins;
    private final double[] contentWeight;
    private final boolean paragraphs;

    SideSums(List<SegmentProfile> profiles, float[] keyWeight) {
        this.profiles = profiles;
        int n = profiles.size();
        this.chars = new long[n + 1];
        this.sentences = new int[n + 1];
        this.openJoins = new int[n + 1];
        this.contentWeight = new double[n];
        for (int k = 0; k < n; k++) {
            SegmentProfile profile = profiles.get(k);
            chars[k + 1] = chars[k] + profile.length();
            sentences[k + 1] = sentences[k] + profile.sentences();
            boolean open = k + 1 < n && profile.endsOnWord() && !profiles.get(k + 1).startsLowerCase();
            openJoins[k + 1] = openJoins[k] + (open ? 1 : 0);
            double w = 0;
            for (int key : profile.keys()) {
                w += keyWeight[key];
            }
            contentWeight[k] = w;
        }
        this.paragraphs = hasParagraphStructure(profiles);
    }

    /**
     * Whether paragraphs group segments at all: in one-segment-per-line input every segment is its own
     * paragraph, and paragraph boundaries then carry no evidence.
     */
    private static boolean hasParagraphStructure(List<SegmentProfile> side) {
        if (side.isEmpty()) {
            return false;
        }
        int count = 1;
        for (int k = 1; k < side.size(); k++) {
            if (side.get(k).paragraph() != side.get(k - 1).paragraph()) {
                count++;
            }
        }
        return count < 0.9 * side.size();
    }

    SegmentProfile profile(int k) {
        return profiles.get(k);
    }

    int size() {
        return profiles.size();
    }

    long chars(int start, int count) {
        return chars[start + count] - chars[start];
    }

    int sentences(int start, int count) {
        return sentences[start + count] - sentences[start];
    }

    /**
     * Open joins inside the run: segment {@code k} ends on a bare word and segment {@code k + 1} does
     * not carry it on.
     */
    int openJoins(int start, int count) {
        return openJoins[start + count - 1] - openJoins[start];
    }

    double contentWeight(int k) {
        return contentWeight[k];
    }

    /** The run's content weight, summed segment by segment. */
    double contentWeight(int start, int count) {
        double s = 0;
        for (int k = start; k < start + count; k++) {
            s += contentWeight[k];
        }
        return s;
    }

    boolean hasParagraphs() {
        return paragraphs;
    }

    boolean crossesParagraph(int start, int count) {
        return profiles.get(start).paragraph() != profiles.get(start + count - 1).paragraph();
    }

    boolean startsParagraph(int k) {
        return k == 0 || profiles.get(k).paragraph() != profiles.get(k - 1).paragraph();
    }
}
