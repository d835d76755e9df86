package org.tandem.write;

import java.io.IOException;
import java.io.OutputStream;

import org.tandem.flag.Alignment;

/** Serialises an alignment in one format. Implementations write UTF-8 and never close the stream. */
public interface AlignmentWriter {
    void write(Alignment alignment, OutputStream out) throws IOException;
}
