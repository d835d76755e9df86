package org.tandem.input;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A failure said in one line of plain words, for a user who has never seen Java: the file and what is
 * wrong with it, never an exception's class name. The JDK's file exceptions carry the file and the
 * operating system's reason as separate fields; everything else is its message's first line with any
 * class name taken out.
 */
public final class PlainMessage {
    /** A qualified class name such as {@code java.nio.file.FileSystemException}, with a following ": ". */
    private static final Pattern QUALIFIED_CLASS = Pattern.compile(
            "(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");
    /** A bare class name such as {@code (FileSystemException)} or {@code NullPointerException:}. */
    private static final Pattern BARE_CLASS = Pattern.compile(
            "\\s*\\(?\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b\\)?:?\\s*");

    private PlainMessage() {
    }

    /** One line that says what went wrong, in plain words. */
    public static String of(Throwable failure) {
        Throwable e = failure;
        while (e instanceof UncheckedIOException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof FileSystemException fileProblem) {
            return ofFile(fileProblem);
        }
        if (e instanceof CharacterCodingException) {
            return "the text is not valid in the encoding it was read in; give the right one with --encoding";
        }
        if (e instanceof UnsupportedCharsetException unknown) {
            return "'" + unknown.getCharsetName() + "' is not an encoding Java knows (try UTF-8, windows-1252 or ISO-8859-1)";
        }
        if (e instanceof IllegalCharsetNameException illegal) {
            return "'" + illegal.getCharsetName() + "' is not an encoding name";
        }
        String message = withoutClassNames(firstLine(e.getMessage()));
        if (message.isBlank() && e.getCause() != null && e.getCause() != e) {
            return of(e.getCause());
        }
        if (message.isBlank()) {
            return "an unexpected error; this is a bug in tandem (TANDEM_DEBUG=1 prints the details for a report)";
        }
        return message;
    }

    /**
     * What is wrong, without the file name a file exception carries, for a message that names the file
     * itself: {@code "dict.tsv: cannot read the dictionary (" + reason(e) + ")"}.
     */
    public static String reason(Throwable failure) {
        Throwable e = failure;
        while (e instanceof UncheckedIOException && e.getCause() != null) {
            e = e.getCause();
        }
        String plain = of(e);
        if (e instanceof FileSystemException fileProblem && fileProblem.getFile() != null
                && plain.startsWith(fileProblem.getFile() + ": ")) {
            return plain.substring(fileProblem.getFile().length() + 2);
        }
        return plain;
    }

    /** {@code text} with every Java class name taken out. */
    public static String withoutClassNames(String text) {
        String plain = QUALIFIED_CLASS.matcher(text).replaceAll("");
        plain = BARE_CLASS.matcher(plain).replaceAll(" ");
        return plain.replaceAll("\\(\\s*\\)", "").replaceAll("\\s{2,}", " ").strip();
    }

    private static String ofFile(FileSystemException e) {
        String file = e.getFile() == null ? "a file" : e.getFile();
        if (e.getOtherFile() != null) {
            file = file + " (moving it to " + e.getOtherFile() + ")";
        }
        String problem;
        if (e instanceof NoSuchFileException) {
            problem = "no such file or directory";
        } else if (e instanceof AccessDeniedException) {
            problem = "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            problem = "already exists";
        } else if (e instanceof NotDirectoryException) {
            problem = "not a directory";
        } else if (e instanceof DirectoryNotEmptyException) {
            problem = "the directory is not empty";
        } else if (e instanceof FileSystemLoopException) {
            problem = "its links form a loop";
        } else if (e.getReason() != null && !e.getReason().isBlank()) {
            String reason = withoutClassNames(firstLine(e.getReason()));
            problem = reason.isEmpty() ? "cannot be used" : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
        } else {
            problem = "cannot be used";
        }
        return file + ": " + problem;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        return text.lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
    }
}
