package org.tandem.cli;

import java.nio.charset.Charset;

import org.tandem.TandemOptions;

import picocli.CommandLine.Option;

/** How the input files are read, shared by align, batch, review and the Spark job (spark/). */
public final class InputChoices {
    @Option(names = "--segmented", description = "Inputs hold one segment per line; do not re-segment.")
    boolean segmented;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = EncodingConverter.class,
            description = "Encoding of plain-text inputs; detected when not given.")
    Charset encoding;

    /** {@code options} with these choices applied. */
    public TandemOptions applyTo(TandemOptions options) {
        return options.withSegmented(segmented).withEncoding(encoding);
    }
}
