package org.tandem.spark;

import java.io.Serializable;

import org.tandem.batch.DocumentPair;

/** A pair and its place in the manifest, which every corpus file keeps to. */
record IndexedPair(int index, DocumentPair pair) implements Serializable {
    private static final long serialVersionUID = 1L;
}
