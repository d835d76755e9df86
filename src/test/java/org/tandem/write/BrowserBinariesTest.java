package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser test fails, rather than skips, when Chromium or its driver is missing. */
class BrowserBinariesTest {
    @TempDir
    Path temp;

    @Test
    void aMissingDriverFailsWithItsNameAndPackage() {
        Path driver = temp.resolve("chromedriver");
        AssertionError failure = assertThrows(AssertionError.class,
                () -> ReportBrowserTest.requireExecutable(driver, "chromium-driver"));
        assertEquals(driver + " is missing: the browser test needs it; install it with 'apt-get install chromium-driver'",
                failure.getMessage());
    }

    @Test
    void aFileThatCannotRunFailsToo() throws IOException {
        Path chromium = Files.createFile(temp.resolve("chromium"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-r--r--")));
        AssertionError failure = assertThrows(AssertionError.class,
                () -> ReportBrowserTest.requireExecutable(chromium, "chromium"));
        assertEquals(chromium + " is missing its execute permission: the browser test needs it; install it with"
                + " 'apt-get install chromium'", failure.getMessage());
    }

    @Test
    void anExecutableBinaryPasses() throws IOException {
        Path chromium = Files.createFile(temp.resolve("chromium"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        ReportBrowserTest.requireExecutable(chromium, "chromium");
    }
}
