package org.tandem.align;

/**
 * Length evidence after Gale and Church (1993): how far a bead's target length is from what the
 * source length predicts, in standard deviations, and what that deviation costs.
 */
public final class GaleChurch {
    private GaleChurch() {
    }

    /**
     * How many standard deviations a target of {@code lt} characters is off what a source of {@code ls}
     * predicts under the pair's measured character ratio and variance.
     */
    public static double deviation(AlignmentParameters params, long ls, long lt) {
        double c = params.charRatio();
        double half = (ls + lt / c) / 2.0;
        // Math.max(1.0, half), NaN included, without the call: this runs for every candidate bead.
        double mean = half > 1.0 || half != half ? half : 1.0;
        return (lt - c * ls) / Math.sqrt(mean * params.lengthVariance());
    }

    /**
     * Real translations have heavier tails than Gale and Church's normal model: a sentence rendered
     * freely is not evidence that the pairing is wrong. A Student-t cost with few degrees of freedom
     * keeps small deviations cheap and lets large ones grow only logarithmically; the degrees of
     * freedom and the cap are {@link CostTuning#lengthDegreesOfFreedom} and {@link CostTuning#maxLengthCost}.
     */
    static double cost(double deviation, CostTuning tuning) {
        double nu = tuning.lengthDegreesOfFreedom();
        return Math.min(tuning.maxLengthCost(), (nu + 1) / 2 * Math.log(1 + deviation * deviation / nu));
    }

    /** The two-sided tail probability, in [0, 1]: near 1 for a perfect fit, near 0 for an outlier. */
    public static double fit(double deviation) {
        return 2 * (1 - standardNormalCdf(Math.abs(deviation)));
    }

    /** Abramowitz and Stegun 26.2.17; absolute error below 7.5e-8, plenty for a cost. */
    static double standardNormalCdf(double z) {
        if (z < 0) {
            return 1 - standardNormalCdf(-z);
        }
        double t = 1 / (1 + 0.2316419 * z);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
    }
}
