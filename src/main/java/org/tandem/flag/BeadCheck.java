package org.tandem.flag;

import java.util.Optional;

/** One kind of drift test on a two-sided bead. */
interface BeadCheck {
    Optional<Flag> check(BeadContext bead);
}
