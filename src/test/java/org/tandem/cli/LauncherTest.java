package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./tandem} on its first build: one line of progress on stderr and no escape
 * codes, whatever Maven prints. Maven and Java are stand-ins on the PATH that print what Maven 3.8
 * prints in quiet batch mode (colour resets), so that the test takes a second rather than a build.
 */
class LauncherTest {
    private static final String ESC = "\u001b";

    @TempDir
    Path temp;

    @Test
    void aFirstBuildShowsOneLineOfProgressAndNoEscapeCodes() throws Exception {
        Path checkout = checkout("""
                printf '\\033[0m\\033[0m'
                printf '\\033[0m\\033[1m\\n' >&2
                mkdir -p target && touch target/tandem-0.1.0.jar
                """);

        Run run = launch(checkout, "--version");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of("tandem: building the jar with Maven (once; a minute or so)..."), run.err().lines().toList());
        assertEquals("java ran: -Xmx2g -jar " + checkout.toAbsolutePath().resolve("target/tandem-0.1.0.jar") + " --version\n",
                run.out());
        String mavenArgs = Files.readString(checkout.resolve("mvn.args"));
        for (String expected : List.of("-B", "-q", "-ntp", "-Dstyle.color=never", "package")) {
            assertTrue(List.of(mavenArgs.strip().split(" ")).contains(expected), mavenArgs);
        }
    }

    @Test
    void aFailedBuildShowsMavensErrorsWithoutEscapeCodes() throws Exception {
        Path checkout = checkout("""
                printf '\\033[1;31m[ERROR]\\033[m COMPILATION ERROR : Foo.java:[3,1] class expected\\n'
                exit 1
                """);

        Run run = launch(checkout, "--version");

        assertEquals(1, run.exitCode(), run.toString());
        assertFalse(run.err().contains(ESC), run.err());
        assertEquals(List.of("tandem: building the jar with Maven (once; a minute or so)...",
                "[ERROR] COMPILATION ERROR : Foo.java:[3,1] class expected",
                "tandem: the build failed (see the Maven errors above)"), run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void anUpToDateJarRunsWithoutBuilding() throws Exception {
        Path checkout = checkout("echo built > mvn.ran\n");
        Files.createDirectories(checkout.resolve("target"));
        Path jar = Files.createFile(checkout.resolve("target/tandem-0.1.0.jar"));
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        Run run = launch(checkout, "--help");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.err());
        assertFalse(Files.exists(checkout.resolve("mvn.ran")));
    }

    @Test
    void aSmallAlignmentRunsWithTheFirstJitTierOnly() throws Exception {
        Path checkout = upToDateCheckout();
        Path source = Files.writeString(temp.resolve("a.txt"), "A short text.\n");
        Path target = Files.writeString(temp.resolve("b.txt"), "Een korte tekst.\n");

        Run run = launch(checkout, "align", source.toString(), target.toString());

        assertEquals("java ran: -Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -jar "
                + checkout.toAbsolutePath().resolve("target/tandem-0.1.0.jar") + " align " + source + " " + target + "\n",
                run.out());
    }

    @Test
    void aLargeAlignmentAndOtherCommandsKeepEveryJitTier() throws Exception {
        Path checkout = upToDateCheckout();
        Path large = sparseFile(temp.resolve("large.txt"), 33L * 1024 * 1024);
        Path small = Files.writeString(temp.resolve("b.txt"), "Een korte tekst.\n");

        Run align = launch(checkout, "align", large.toString(), small.toString());
        Run batch = launch(checkout, "batch", "--manifest", small.toString());

        assertFalse(align.out().contains("TieredStopAtLevel"), align.out());
        assertFalse(batch.out().contains("TieredStopAtLevel"), batch.out());
        assertTrue(batch.out().startsWith("java ran: -Xmx1g -XX:+UseSerialGC -jar "), batch.out());
    }

    @Test
    void theSeedPairsSizeDecidesWithoutFiles() throws Exception {
        Path checkout = upToDateCheckout();
        Files.createDirectories(checkout.resolve("seeds"));
        sparseFile(checkout.resolve("seeds/big.txt"), 33L * 1024 * 1024);
        Files.writeString(checkout.resolve("seeds/small.txt"), "Een korte tekst.\n");
        Files.writeString(checkout.resolve("seeds/pair.properties"), "source=seeds/big.txt\ntarget = seeds/small.txt\n");

        Run big = launch(checkout, "align", "-q");
        Files.writeString(checkout.resolve("seeds/pair.properties"), "source=seeds/small.txt\ntarget=seeds/small.txt\n");
        Run small = launch(checkout, "align", "-q");

        assertFalse(big.out().contains("TieredStopAtLevel"), big.out());
        assertTrue(small.out().contains("-XX:TieredStopAtLevel=1"), small.out());
    }

    @Test
    void aClassArchiveNewerThanTheJarIsStartedFromAndAStaleOneIsNot() throws Exception {
        Path checkout = upToDateCheckout();
        Path jar = checkout.resolve("target/tandem-0.1.0.jar");
        Path archive = Files.writeString(checkout.resolve("target/tandem.jsa"), "archive");
        String flags = "-XX:SharedArchiveFile=" + checkout.toAbsolutePath().resolve("target/tandem.jsa")
                + " -Xlog:cds=off -Xlog:cds+dynamic=off -jar ";

        Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() + 1_000));
        Run fresh = launch(checkout, "--version");
        Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() - 1_000));
        Run stale = launch(checkout, "--version");

        assertEquals("java ran: -Xmx2g " + flags + jar.toAbsolutePath() + " --version\n", fresh.out());
        assertFalse(stale.out().contains("SharedArchiveFile"), stale.out());
    }

    /** A file of this length without writing its bytes: the launcher reads only its size. */
    private static Path sparseFile(Path path, long length) throws IOException {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(length);
        }
        return path;
    }

    private Path upToDateCheckout() throws IOException {
        Path checkout = checkout("echo built > mvn.ran\n");
        Files.createDirectories(checkout.resolve("target"));
        Path jar = Files.createFile(checkout.resolve("target/tandem-0.1.0.jar"));
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        return checkout;
    }

    /** A checkout with the real launcher, a pom and sources, and stand-ins for mvn (running {@code mavenBody}) and java. */
    private Path checkout(String mavenBody) throws IOException {
        Path checkout = Files.createDirectories(temp.resolve("checkout"));
        Files.copy(Path.of("tandem"), checkout.resolve("tandem"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(checkout.resolve("src/main/java"));
        Path bin = Files.createDirectories(temp.resolve("bin"));
        script(bin.resolve("mvn"), "echo \"$@\" > mvn.args\n" + mavenBody);
        script(bin.resolve("java"), "echo \"java ran: $*\"\n");
        return checkout;
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Run launch(Path checkout, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", checkout.resolve("tandem").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().put("PATH", temp.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().remove("TANDEM_JAVA_OPTS");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String err) {
    }
}
