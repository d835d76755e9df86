package org.tandem.segment;

/** A half-open character range {@code [start, end)} of a paragraph. */
record TextSpan(int start, int end) {
}
