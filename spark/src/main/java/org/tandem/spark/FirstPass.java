package org.tandem.spark;

import java.io.Serializable;

import org.tandem.batch.DocumentWords;

/**
 * What a task keeps of one pair's first pass: the words of its confident sentence pairs, or null when
 * it failed. These stay on the executors; only sums over them reach the driver.
 */
record FirstPass(int index, DocumentWords words) implements Serializable {
    private static final long serialVersionUID = 2L;
}
