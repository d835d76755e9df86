package org.tandem.align;

/**
 * A monotone alignment unit: source segments {@code [sourceStart, sourceEnd)} correspond to target
 * segments {@code [targetStart, targetEnd)}. Either side may be empty (omission or addition).
 */
public record Bead(int sourceStart, int sourceEnd, int targetStart, int targetEnd) {
    public Bead {
        if (sourceStart < 0 || targetStart < 0 || sourceEnd < sourceStart || targetEnd < targetStart) {
            throw new IllegalArgumentException("bad bead range " + sourceStart + ".." + sourceEnd + ", "
                    + targetStart + ".." + targetEnd);
        }
        if (sourceEnd == sourceStart && targetEnd == targetStart) {
            throw new IllegalArgumentException("a bead needs at least one segment");
        }
    }

    public int sourceCount() {
        return sourceEnd - sourceStart;
    }

    public int targetCount() {
        return targetEnd - targetStart;
    }

    /** The bead type as people write it, e.g. {@code "2-1"}. */
    public String type() {
        return sourceCount() + "-" + targetCount();
    }

    public boolean isOmission() {
        return targetCount() == 0;
    }

    public boolean isAddition() {
        return sourceCount() == 0;
    }

    /** A 1-1 bead: the pairs a document's own statistics are read from. */
    public boolean isOneToOne() {
        return sourceCount() == 1 && targetCount() == 1;
    }

    public boolean isTwoSided() {
        return sourceCount() > 0 && targetCount() > 0;
    }
}
