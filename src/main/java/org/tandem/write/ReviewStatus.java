package org.tandem.write;

import java.util.Locale;

/** A reviewer's verdict on a whole bead. The lower-case names are the output and API contract. */
public enum ReviewStatus {
    /** Not reviewed yet. */
    OPEN,
    /** The reviewer checked the link and, where they edited it, the text: fit for a translation memory. */
    CONFIRMED,
    /** The link is wrong; the pair must not reach a translation memory. */
    REJECTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but open, confirmed or rejected */
    public static ReviewStatus fromLabel(String label) {
        for (ReviewStatus status : values()) {
            if (status.label().equals(label)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + label + "' (expected confirmed, rejected or open)");
    }
}
