package org.tandem.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures in plain words: the file and what is wrong, never a Java class name. */
class PlainMessageTest {
    @TempDir
    Path temp;

    @Test
    void aDirectoryUnderARegularFileIsSaidInWords() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");
        FileSystemException real = org.junit.jupiter.api.Assertions.assertThrows(FileSystemException.class,
                () -> Files.createDirectories(file.resolve("out")));
        assertEquals(file.resolve("out") + ": not a directory", PlainMessage.of(real));
        assertEquals(file.resolve("out") + ": not a directory", PlainMessage.of(new UncheckedIOException(real)));
    }

    @Test
    void theJdksFileExceptionsNameTheFileAndTheProblem() {
        assertEquals("a.txt: no such file or directory", PlainMessage.of(new NoSuchFileException("a.txt")));
        assertEquals("out/a.tmx: permission denied", PlainMessage.of(new AccessDeniedException("out/a.tmx")));
        assertEquals("out: no space left on device",
                PlainMessage.of(new FileSystemException("out", null, "No space left on device")));
        assertEquals("a file: cannot be used", PlainMessage.of(new FileSystemException(null)));
    }

    @Test
    void theReasonAloneLeavesTheFileToTheCaller() {
        assertEquals("no such file or directory", PlainMessage.reason(new NoSuchFileException("dict.tsv")));
        assertEquals("permission denied", PlainMessage.reason(new UncheckedIOException(new AccessDeniedException("x"))));
        assertEquals("disk full", PlainMessage.reason(new IOException("disk full")));
    }

    @Test
    void encodingProblemsSayWhatToDo() {
        assertEquals("the text is not valid in the encoding it was read in; give the right one with --encoding",
                PlainMessage.of(new MalformedInputException(1)));
        assertEquals("'klingon' is not an encoding Java knows (try UTF-8, windows-1252 or ISO-8859-1)",
                PlainMessage.of(new UnsupportedCharsetException("klingon")));
    }

    @Test
    void classNamesAreTakenOutOfOtherMessages() {
        assertEquals("cannot write tmx: disk full",
                PlainMessage.of(new IOException("cannot write tmx: java.io.IOException: disk full")));
        assertEquals("Not a directory", PlainMessage.withoutClassNames("Not a directory (FileSystemException)"));
        assertEquals("cannot convert 'x' to Charset",
                PlainMessage.withoutClassNames("cannot convert 'x' to Charset (java.nio.charset.UnsupportedCharsetException)"));
        assertEquals("the first line only", PlainMessage.of(new IllegalStateException("the first line only\n\tat x.y(Z)")));
    }

    @Test
    void aFailureWithoutAMessageIsABugReportNotAClassName() {
        String plain = PlainMessage.of(new NullPointerException());
        assertFalse(plain.contains("Exception"), plain);
        assertEquals("an unexpected error; this is a bug in tandem (TANDEM_DEBUG=1 prints the details for a report)", plain);
        assertEquals("the cause", PlainMessage.of(new RuntimeException(new IOException("the cause"))));
    }
}
