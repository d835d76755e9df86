package org.tandem.align;

/** A point the alignment path is expected to pass near: source position and target position. */
record Anchor(int source, int target) {
    /** How far off the diagonal the anchor sits: target minus source. */
    int offset() {
        return target - source;
    }
}
