package org.tandem.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Builds test documents at test time, so no binary fixtures live in the repository. */
final class TestDocuments {
    private TestDocuments() {
    }

    static Path docx(Path dir, String name, List<String> paragraphs) throws IOException {
        Path file = dir.resolve(name);
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String text : paragraphs) {
                XWPFRun run = document.createParagraph().createRun();
                run.setText(text);
            }
            document.write(out);
        }
        return file;
    }

    /**
     * A DOCX as a word processor writes a report: a running header, a page-number footer, body
     * paragraphs, a footnote cited at the end of the first sentence of {@code noteParagraph}, and a
     * table after the body.
     */
    static Path docxReport(Path dir, String name, String header, String footer, List<String> body,
            int noteParagraph, String note, List<List<String>> table) throws IOException {
        Path file = dir.resolve(name);
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(header);
            document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(footer);
            for (int i = 0; i < body.size(); i++) {
                XWPFParagraph paragraph = document.createParagraph();
                String text = body.get(i);
                if (i == noteParagraph) {
                    int cut = text.indexOf(". ") + 1;
                    paragraph.createRun().setText(text.substring(0, cut));
                    XWPFFootnote footnote = document.createFootnote();
                    footnote.createParagraph().createRun().setText(note);
                    paragraph.addFootnoteReference(footnote);
                    paragraph.createRun().setText(text.substring(cut));
                } else {
                    paragraph.createRun().setText(text);
                }
            }
            XWPFTable grid = document.createTable(table.size(), table.get(0).size());
            for (int r = 0; r < table.size(); r++) {
                for (int c = 0; c < table.get(r).size(); c++) {
                    grid.getRow(r).getCell(c).setText(table.get(r).get(c));
                }
            }
            document.write(out);
        }
        return file;
    }

    /** One PDF page; each paragraph is one line, separated from the next by a visible gap. */
    static Path pdf(Path dir, String name, List<String> paragraphs, String userPassword) throws IOException {
        return pdfWithLines(dir, name, paragraphs.stream().map(List::of).toList(), userPassword);
    }

    /**
     * One PDF page of paragraphs, each made of lines set 14 points apart (ordinary leading), with a
     * 40-point gap between paragraphs.
     */
    static Path pdfWithLines(Path dir, String name, List<List<String>> paragraphs, String userPassword)
            throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                for (List<String> lines : paragraphs) {
                    for (String line : lines) {
                        content.showText(line);
                        content.newLineAtOffset(0, -14);
                    }
                    content.newLineAtOffset(0, -26);
                }
                content.endText();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A PDF whose page says {@code pageText} and which carries a text file as an attachment. */
    static Path pdfWithAttachment(Path dir, String name, String pageText, String attachedText) throws IOException {
        Path file = pdf(dir, name, List.of(pageText), null);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDEmbeddedFile embedded = new PDEmbeddedFile(document,
                    new ByteArrayInputStream(attachedText.getBytes(StandardCharsets.UTF_8)));
            embedded.setSubtype("text/plain");
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("attached.txt");
            spec.setEmbeddedFile(embedded);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("attached.txt", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            document.save(file.toFile());
        }
        return file;
    }

    /** A one-paragraph PDF with a bookmark (outline entry) whose title is not on the page. */
    static Path pdfWithBookmark(Path dir, String name, String pageText, String bookmarkTitle) throws IOException {
        Path file = pdf(dir, name, List.of(pageText), null);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(bookmarkTitle);
            item.setDestination(document.getPage(0));
            outline.addLast(item);
            document.getDocumentCatalog().setDocumentOutline(outline);
            document.save(file.toFile());
        }
        return file;
    }

    static Path blankPdf(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file.toFile());
        }
        return file;
    }

    static Path png(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    static Path odt(Path dir, String name, String bodyXml) throws IOException {
        return odt(dir, name, bodyXml, null);
    }

    /** An ODT whose master page, when {@code masterPageXml} is given, holds that header and footer XML. */
    static Path odt(Path dir, String name, String bodyXml, String masterPageXml) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        if (masterPageXml != null) {
            entries.put("styles.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                     <office:master-styles><style:master-page style:name="Standard">
                    """ + masterPageXml + """
                     </style:master-page></office:master-styles>
                    </office:document-styles>
                    """);
        }
        entries.put("META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """);
        entries.put("content.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
                 <office:body><office:text>
                """ + bodyXml + """
                 </office:text></office:body>
                </office:document-content>
                """);
        return zipWithMimetype(dir.resolve(name), "application/vnd.oasis.opendocument.text", entries);
    }

    static Path epub(Path dir, String name, String chapterBody) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles>
                    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
                  </rootfiles>
                </container>
                """);
        entries.put("OEBPS/content.opf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <dc:identifier id="id">urn:uuid:tandem-test</dc:identifier>
                    <dc:title>Test book title</dc:title>
                    <dc:language>en</dc:language>
                  </metadata>
                  <manifest>
                    <item id="ch1" href="chapter1.xhtml" media-type="application/xhtml+xml"/>
                  </manifest>
                  <spine><itemref idref="ch1"/></spine>
                </package>
                """);
        entries.put("OEBPS/chapter1.xhtml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Chapter title in head</title></head>
                <body>
                """ + chapterBody + """
                </body></html>
                """);
        return zipWithMimetype(dir.resolve(name), "application/epub+zip", entries);
    }

    /** The OCF rule shared by ODT and EPUB: an uncompressed "mimetype" entry comes first. */
    private static Path zipWithMimetype(Path file, String mimetype, Map<String, String> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    static Path zipOfRandomBytes(Path dir, String name, long seed) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < 3; i++) {
                zip.putNextEntry(new ZipEntry("blob" + i + ".bin"));
                zip.write(randomBytes(4096, seed + i));
                zip.closeEntry();
            }
        }
        return file;
    }

    static byte[] randomBytes(int count, long seed) {
        byte[] bytes = new byte[count];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
