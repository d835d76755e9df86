package org.tandem.align;

/** How many segments a bead takes from each side: 1-1, 2-1, 1-0 … */
record BeadShape(int source, int target) {
    boolean isOneSided() {
        return source == 0 || target == 0;
    }

    @Override
    public String toString() {
        return source + "-" + target;
    }
}
