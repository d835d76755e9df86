package org.tandem.spark;

import java.io.Serializable;

import org.tandem.ConfidentPairs;

/** What a task returns for one pair of the first pass: its confident pairs, or null when it failed. */
record FirstPass(int index, ConfidentPairs confident) implements Serializable {
    private static final long serialVersionUID = 1L;
}
