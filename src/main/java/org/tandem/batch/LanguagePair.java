package org.tandem.batch;

import java.io.Serializable;

/** A source and a target language, ISO 639-1; what a learned lexicon is for. */
public record LanguagePair(String source, String target) implements Serializable, Comparable<LanguagePair> {
    private static final long serialVersionUID = 1L;

    @Override
    public int compareTo(LanguagePair other) {
        int bySource = source.compareTo(other.source);
        return bySource != 0 ? bySource : target.compareTo(other.target);
    }

    @Override
    public String toString() {
        return source + "-" + target;
    }
}
