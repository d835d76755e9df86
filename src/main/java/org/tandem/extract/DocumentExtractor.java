package org.tandem.extract;

import org.tandem.text.SetAsideText;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.boilerpipe.BoilerpipeContentHandler;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import org.tandem.extract.pdf.PdfTextReader;
import org.tandem.input.BadInputException;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads a document in any supported format (plain text, HTML, DOCX, ODT, RTF, PDF, EPUB, subtitles) into
 * normalised paragraphs. Every problem with the input surfaces as a {@link BadInputException} whose
 * message names the file; nothing else escapes for bad input.
 *
 * <p>Tika's parsers, costly to build, are built on the first file that needs them (plain text does
 * not) and shared by every instance. An instance keeps no state between calls and may be shared
 * between threads.
 */
public final class DocumentExtractor {
    private final ExtractionLimits limits;
    private final MediaTypeSniffer sniffer = new MediaTypeSniffer();
    private final PlainTextReader plainTextReader;
    private final ExtractionOptions options;

    public DocumentExtractor() {
        this(ExtractionLimits.defaults());
    }

    public DocumentExtractor(ExtractionLimits limits) {
        this(limits, ExtractionOptions.defaults());
    }

    public DocumentExtractor(ExtractionLimits limits, ExtractionOptions options) {
        this.limits = limits;
        this.options = options;
        this.plainTextReader = new PlainTextReader(limits);
    }

    /**
     * Loads Tika's media-type table, which recognising any file needs, ahead of use: a caller with a
     * core to spare starts this before it has its files.
     */
    public static void prepare() {
        TikaComponents.mimeTypes();
    }

    /**
     * Extracts {@code file}, detecting its format and, for text formats, its encoding.
     *
     * @throws BadInputException if the file is missing, unreadable, empty, too large, binary,
     *                           unsupported, encrypted or without text
     */
    public ExtractedText extract(Path file) {
        return extract(file, null);
    }

    /**
     * Extracts {@code file}, decoding text formats (plain text, HTML) with {@code declared} instead of
     * detecting the encoding. Binary formats (PDF, DOCX…) carry their own encoding and ignore it.
     *
     * @param declared the encoding the user says the file is in, or {@code null} to detect it
     * @throws BadInputException as {@link #extract(Path)}, and also if the bytes are not valid in
     *                           {@code declared}
     */
    public ExtractedText extract(Path file, Charset declared) {
        InputFileGuard.requireReadableFile(file, limits);
        String name = InputFileGuard.displayName(file);
        MediaType detected = sniffer.detect(file);
        DocumentFormat format = sniffer.requireSupported(name, detected);
        ExtractedText text = switch (format) {
            case PLAIN_TEXT -> extractPlainText(file, detected, declared);
            case PDF -> extractPdf(file, detected);
            case SUBTITLES -> extractSubtitles(file, detected, declared);
            default -> extractStructured(file, format, detected, declared);
        };
        NoTextCheck.requireParagraphs(name, format, text.paragraphs());
        return text;
    }

    private ExtractedText extractPlainText(Path file, MediaType detected, Charset declared) {
        DecodedText decoded = plainTextReader.read(file, declared);
        List<String> paragraphs = new ArrayList<>();
        ParagraphSplitter.splitInto(decoded.text(), paragraphs);
        return new ExtractedText(InputFileGuard.displayName(file), detected.getBaseType().toString(),
                decoded.charset().name(), paragraphs);
    }

    private ExtractedText extractSubtitles(Path file, MediaType detected, Charset declared) {
        DecodedText decoded = plainTextReader.read(file, declared);
        return new ExtractedText(InputFileGuard.displayName(file), detected.getBaseType().toString(),
                decoded.charset().name(), SubtitleText.paragraphs(decoded.text()));
    }

    /** PDFs are read with their layout (PDFBox directly): Tika's text of a PDF has no positions. */
    private ExtractedText extractPdf(Path file, MediaType detected) {
        String name = InputFileGuard.displayName(file);
        PdfTextReader.PdfText pdf;
        try {
            pdf = new PdfTextReader(options.keepFurniture()).read(file);
        } catch (IOException | RuntimeException e) {
            throw readFailure(name, DocumentFormat.PDF, e);
        }
        List<String> paragraphs = new ArrayList<>();
        long chars = 0;
        for (String paragraph : pdf.paragraphs()) {
            chars += paragraph.length();
            InputFileGuard.requireTextWithinLimit(name, chars, limits);
            String normalized = TextNormalizer.normalizeLine(paragraph);
            if (!normalized.isEmpty()) {
                paragraphs.add(normalized);
            }
        }
        return new ExtractedText(name, detected.getBaseType().toString(), null, paragraphs, pdf.setAside());
    }

    private ExtractedText extractStructured(Path file, DocumentFormat format, MediaType detected,
            Charset declared) {
        String name = InputFileGuard.displayName(file);
        if (format.isTextual() && declared != null) {
            // Validate here so a wrong declaration fails loudly instead of yielding mojibake.
            plainTextReader.read(file, declared);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        ParagraphContentHandler handler = new ParagraphContentHandler(name, limits);
        ContentHandler receiver = handler;
        if (format == DocumentFormat.HTML && options.mainContentOnly()) {
            receiver = mainContent(file, handler);
        }
        RtfParts.Parts rtf = format == DocumentFormat.RTF
                ? RtfParts.split(InputFileGuard.readAllBytes(file), options.keepFurniture()) : null;
        try (TikaInputStream stream = rtf == null ? TikaInputStream.get(file, metadata)
                : TikaInputStream.get(rtf.body(), metadata)) {
            TikaComponents.parser().parse(stream, receiver, metadata, parseContext(declared, options));
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw readFailure(name, format, e);
        }
        String encoding = format.isTextual() ? metadata.get(Metadata.CONTENT_ENCODING) : null;
        List<String> paragraphs = handler.paragraphs();
        List<SetAsideText> setAside = List.of();
        if (rtf != null && rtf.furniture() != null) {
            setAside = rtfFurniture(name, rtf.furniture(), declared);
        } else if (format == DocumentFormat.ODT && !options.keepFurniture()) {
            paragraphs = new ArrayList<>(paragraphs);
            setAside = setAsideOdtFurniture(file, paragraphs);
        } else if (format == DocumentFormat.DOCX && !options.keepFurniture()) {
            setAside = PageFurnitureParts.docx(file).stream()
                    .map(text -> new SetAsideText(SetAsideText.PAGE_FURNITURE, 0, text)).toList();
        }
        return new ExtractedText(name, reportedMediaType(metadata, detected), encoding, paragraphs, setAside);
    }

    /** The paragraphs of an RTF's headers and footers, which {@link RtfParts} put in a document of their own. */
    private List<SetAsideText> rtfFurniture(String name, byte[] furniture, Charset declared) {
        ParagraphContentHandler handler = new ParagraphContentHandler(name, limits);
        Metadata metadata = new Metadata();
        try (TikaInputStream stream = TikaInputStream.get(furniture, metadata)) {
            TikaComponents.parser().parse(stream, handler, metadata, parseContext(declared, options));
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw readFailure(name, DocumentFormat.RTF, e);
        }
        return handler.paragraphs().stream()
                .map(text -> new SetAsideText(SetAsideText.PAGE_FURNITURE, 0, text)).toList();
    }

    /**
     * Tika writes the header and footer paragraphs of an ODT's master pages before its body: they are
     * taken from the front of {@code paragraphs}, matched against the master pages' own text, and
     * returned as set aside.
     */
    private static List<SetAsideText> setAsideOdtFurniture(Path file, List<String> paragraphs) {
        List<SetAsideText> setAside = new ArrayList<>();
        // Page number and page count fields hold a number in styles.xml and nothing in Tika's text.
        for (String furniture : PageFurnitureParts.odt(file)) {
            String key = withoutDigits(furniture);
            for (int i = 0; i < Math.min(paragraphs.size(), 2); i++) {
                if (withoutDigits(paragraphs.get(i)).equals(key)) {
                    setAside.add(new SetAsideText(SetAsideText.PAGE_FURNITURE, 0, paragraphs.remove(i)));
                    break;
                }
            }
        }
        return setAside;
    }

    private static String withoutDigits(String text) {
        return text.replaceAll("\\p{Nd}+", "").replaceAll("\\s+", " ").strip();
    }

    /**
     * Passes on only the main content of a web page: what the page marks as such, or else the blocks
     * that boilerpipe's article rules classify as content, with their markup, so that paragraphs still
     * come from the page's own blocks.
     */
    private static ContentHandler mainContent(Path file, ContentHandler paragraphs) {
        Optional<MainContentFilter.Container> marked = MainContentFilter.markedContainer(file);
        if (marked.isPresent()) {
            return new MainContentFilter(paragraphs, marked.get());
        }
        BoilerpipeContentHandler boilerpipe = new BoilerpipeContentHandler(paragraphs, ArticleExtractor.INSTANCE);
        boilerpipe.setIncludeMarkup(true);
        return boilerpipe;
    }

    /** The parser's view wins over the sniffer's: it has read the whole file. */
    private static String reportedMediaType(Metadata metadata, MediaType detected) {
        MediaType parsed = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        return (parsed == null ? detected : parsed).getBaseType().toString();
    }

    private static ParseContext parseContext(Charset declared, ExtractionOptions options) {
        ParseContext context = new ParseContext();
        // DOCX headers and footers are counted from the file's own parts, not read into the text.
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeHeadersAndFooters(options.keepFurniture());
        context.set(OfficeParserConfig.class, office);
        // OCR would silently take minutes per page if Tesseract happens to be installed; Tandem wants
        // the text layer only and reports a scan as having no text.
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        context.set(PDFParserConfig.class, pdfTextLayerOnly());
        // Tika's default mapper drops div, section, br and other layout elements, which would merge
        // every div-based paragraph of a web page into one; the block structure is what we are after.
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentSkipper());
        if (declared != null) {
            EncodingDetector fixed = (input, metadata) -> declared;
            context.set(EncodingDetector.class, fixed);
        }
        return context;
    }

    /**
     * Only the running text of the pages: bookmarks would repeat the headings at the end, and
     * annotations (reviewers' notes) are not part of the translation.
     */
    private static PDFParserConfig pdfTextLayerOnly() {
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractBookmarksText(false);
        pdf.setExtractAnnotationText(false);
        return pdf;
    }

    private static BadInputException readFailure(String name, DocumentFormat format, Exception e) {
        // Parsers wrap everything, including our own limit check, so look at the whole cause chain.
        BadInputException fromHandler = findBadInput(e);
        if (fromHandler != null) {
            return fromHandler;
        }
        if (isEncryption(e)) {
            return new BadInputException(name + ": the " + format.label() + " is encrypted; decrypt it first", e);
        }
        return new BadInputException(name + ": could not read the " + format.label()
                + " (it may be damaged): " + firstLine(e), e);
    }

    private static BadInputException findBadInput(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BadInputException bad) {
                return bad;
            }
        }
        return null;
    }

    /**
     * Tika reports encryption with its own exception, but some parsers let PDFBox's or POI's through;
     * those are matched by name because they come with Tika, not as our own dependencies.
     */
    private static boolean isEncryption(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String type = t.getClass().getSimpleName();
            if (t instanceof EncryptedDocumentException
                    || type.equals("EncryptedDocumentException") || type.equals("InvalidPasswordException")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline >= 0 ? message.substring(0, newline) : message;
    }
}
