package org.tandem.extract;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;

/**
 * Tika's pieces, each built once per process on first use and shared: they keep no state between
 * calls. Tika's full configuration instantiates every parser and detector it ships, which costs more
 * than reading and aligning a short plain-text pair, so it is built only when a file needs more than
 * the media-type table (see BENCHMARKS.md, issue 10).
 */
final class TikaComponents {
    private TikaComponents() {
    }

    /** The media-type table (magic bytes, name patterns, the type hierarchy): enough to recognise plain text. */
    static MimeTypes mimeTypes() {
        return Table.MIME_TYPES;
    }

    /** The full configuration: every detector and parser. */
    static TikaConfig config() {
        return Full.CONFIG;
    }

    /** A parser over {@link #config()}; Tika's parsers are safe to share between threads. */
    static AutoDetectParser parser() {
        return Parser.PARSER;
    }

    // Holder idiom: each class initialises on its first use, once, without explicit locking.
    private static final class Table {
        static final MimeTypes MIME_TYPES = MimeTypes.getDefaultMimeTypes();
    }

    private static final class Full {
        static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
    }

    private static final class Parser {
        static final AutoDetectParser PARSER = new AutoDetectParser(Full.CONFIG);
    }
}
