package org.tandem.write;

import java.nio.file.Path;

import org.tandem.Tandem;
import org.tandem.TandemOptions;
import org.tandem.flag.Alignment;

/** A real alignment of the committed seed pair, computed once per test JVM and shared. */
final class SeedAlignment {
    private static Alignment alignment;

    private SeedAlignment() {
    }

    static synchronized Alignment get() {
        if (alignment == null) {
            alignment = new Tandem(TandemOptions.defaults().withLanguages("en", "nl"))
                    .align(Path.of("seeds/lavrov-newsweek-2022.en.txt"), Path.of("seeds/000_1bcc9f068a6e245e.txt"));
        }
        return alignment;
    }
}
