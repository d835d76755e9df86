package org.tandem.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.tandem.extract.DocumentExtractor;
import org.tandem.extract.ExtractedText;
import org.tandem.extract.ExtractionLimits;
import org.tandem.extract.LanguageIdentifier;
import org.tandem.input.BadInputException;
import org.tandem.segment.Segment;
import org.tandem.segment.SentenceSegmenter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Prints the segments (sentences, headings, list items) of FILE, one per line.")
final class SegmentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Text, HTML, DOCX, ODT, RTF, PDF, EPUB or subtitles (SRT, WebVTT).")
    Path file;

    @Option(names = "--lang", paramLabel = "L", description = "Language, ISO 639-1; detected when not given.")
    String language;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = EncodingConverter.class, description = "Encoding of a plain-text file; detected when not given.")
    Charset encoding;

    @Mixin
    ExtractionChoices extraction = new ExtractionChoices();

    @Override
    public Integer call() {
        DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults(), extraction.options());
        ExtractedText text = encoding == null ? extractor.extract(file) : extractor.extract(file, encoding);
        String lang = language != null ? language : new LanguageIdentifier().identify(text.fullText())
                .orElseThrow(() -> new BadInputException(file + ": cannot tell its language; give it with --lang"));
        PrintWriter out = spec.commandLine().getOut();
        for (Segment segment : SentenceSegmenter.forLanguage(lang).segment(text.paragraphs())) {
            out.println(segment.text());
        }
        out.flush();
        return 0;
    }
}
