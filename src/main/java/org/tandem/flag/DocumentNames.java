package org.tandem.flag;

/**
 * The names each side of a document pair uses, and how it writes them, for the name check; built by
 * {@link Flagger#names}. Read-only once built, so the flagging threads share it.
 */
public final class DocumentNames {
    private final NameIndex source;
    private final NameIndex target;

    DocumentNames(NameIndex source, NameIndex target) {
        this.source = source;
        this.target = target;
    }

    NameIndex source() {
        return source;
    }

    NameIndex target() {
        return target;
    }
}
