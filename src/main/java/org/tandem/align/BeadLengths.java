package org.tandem.align;

/** The character lengths of a bead's two sides. */
record BeadLengths(long source, long target) {
}
