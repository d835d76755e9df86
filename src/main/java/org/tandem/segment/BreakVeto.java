package org.tandem.segment;

/** Decides that a boundary proposed by a {@link SentenceBreaker} is wrong. */
interface BreakVeto {

    BreakVeto NONE = (text, segmentStart, breakAt) -> false;

    /**
     * @param text         the text being segmented (line breaks already turned into spaces)
     * @param segmentStart where the segment that this break would close begins
     * @param breakAt      the proposed boundary
     */
    boolean vetoes(String text, int segmentStart, int breakAt);

    /** A chain of vetoes, each a stage of its own: a break stands only if none of them vetoes it. */
    static BreakVeto anyOf(BreakVeto... stages) {
        BreakVeto[] chain = stages.clone();
        return (text, segmentStart, breakAt) -> {
            for (BreakVeto stage : chain) {
                if (stage.vetoes(text, segmentStart, breakAt)) {
                    return true;
                }
            }
            return false;
        };
    }
}
