package org.tandem.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.tandem.flag.Alignment;

/** Runs a writer into memory and checks it kept the stream open. */
final class WriterOutput {
    private WriterOutput() {
    }

    static byte[] bytes(AlignmentWriter writer, Alignment alignment) {
        var out = new CloseTrackingStream();
        try {
            writer.write(alignment, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.closed) {
            throw new AssertionError(writer.getClass().getSimpleName() + " closed the caller's stream");
        }
        return out.toByteArray();
    }

    private static final class CloseTrackingStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
