package org.tandem.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.tandem.flag.Alignment;
import org.tandem.input.BadInputException;

/**
 * Writes one alignment in several formats into a directory as {@code DIR/NAME.ext}, all or nothing.
 *
 * <p>Every format is first written to a hidden temporary file in the target directory (same file
 * system, so the final rename is atomic) and forced to disk. Only when all formats have been
 * written are the temporary files renamed over the final names. If any writer fails, every
 * temporary file is deleted and no final file is created or touched: an older output stays as
 * it was.
 *
 * <p>The temporary files and any directory created for the outputs are removed too when the JVM
 * is stopped before the renames (Ctrl-C): see {@link CleanupOnExit}. The renames run as one step that
 * a shutdown waits for.
 *
 * <p>Limitation: the renames themselves are one per file. Should a rename fail after an earlier one
 * succeeded (practically only on a failing disk), the earlier formats are already replaced; no file
 * is ever half-written, and the remaining temporary files are deleted.
 */
public final class AtomicOutputs {
    private final Function<OutputFormat, AlignmentWriter> writers;

    /** Uses the standard writers, recording {@code toolVersion} where a format carries one. */
    public AtomicOutputs(String toolVersion) {
        this(format -> Writers.forFormat(format, toolVersion));
    }

    /** Uses the given writer per format; lets callers (and tests) supply their own. */
    public AtomicOutputs(Function<OutputFormat, AlignmentWriter> writers) {
        this.writers = Objects.requireNonNull(writers, "writers");
    }

    /**
     * Writes {@code alignment} in each of {@code formats} (duplicates ignored, order kept) to
     * {@code directory/NAME.ext}, creating the directory if needed.
     *
     * @return the written files, in the order of {@code formats}
     * @throws IllegalArgumentException if the alignment's name is not a plain file name
     * @throws IOException if any format could not be written; then no output file was changed
     */
    public List<Path> write(Alignment alignment, Path directory, Collection<OutputFormat> formats)
            throws IOException {
        String name = checkedFileName(alignment.name());
        checkDirectory(directory);
        List<Path> temps = new ArrayList<>();
        List<Path> finals = new ArrayList<>();
        List<Path> created = List.of();
        try {
            created = CleanupOnExit.createDirectories(directory);
            for (OutputFormat format : new LinkedHashSet<>(formats)) {
                Path target = directory.resolve(name + "." + format.extension());
                temps.add(writeTemp(alignment, writers.apply(format), target));
                finals.add(target);
            }
            for (Path target : finals) {
                checkReplaceable(target);
            }
            CleanupOnExit.runWhole(() -> {
                for (int i = 0; i < temps.size(); i++) {
                    moveIntoPlace(temps.get(i), finals.get(i));
                }
            });
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temps, e); // already-moved temps are gone; deleteIfExists skips them
            CleanupOnExit.removeEmpty(created, e);
            throw e;
        }
        CleanupOnExit.forget(temps, created);
        syncDirectory(directory);
        return List.copyOf(finals);
    }

    /**
     * Checks, before any long work, that {@code directory} is or can be made an output directory:
     * it is a writable directory, or its nearest existing ancestor is one and lets a directory be made
     * in it. Leaves nothing behind.
     *
     * @throws BadInputException in plain words when it is not
     */
    public static void checkDirectory(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                throw new BadInputException("cannot write into " + directory + ": it is a file, not a directory");
            }
            if (!Files.isWritable(absolute)) {
                throw new BadInputException("cannot write into " + directory + ": permission denied");
            }
            return;
        }
        String problem = whyNotCreatable(absolute);
        if (problem != null) {
            throw new BadInputException("cannot create the output directory " + directory + ": " + problem);
        }
    }

    /**
     * Checks, before any long work, that {@code file} can be written: it is not a directory, and its
     * directory is or can be made one. Creates nothing.
     *
     * @throws BadInputException in plain words when it cannot
     */
    public static void checkFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new BadInputException("cannot write " + file + ": it is a directory");
        }
        Path parent = absolute.getParent();
        String problem = Files.isDirectory(parent) ? (Files.isWritable(parent) ? null : parent + " is not writable")
                : whyNotCreatable(parent);
        if (problem != null) {
            throw new BadInputException("cannot write " + file + ": " + problem);
        }
    }

    /**
     * Why the missing directory {@code absolute} cannot be created, or null if it can. Permission bits
     * do not tell it all (a pseudo file system such as /proc, a read-only mount, root's own
     * permissions), so the first missing directory is made and removed again to see.
     */
    private static String whyNotCreatable(Path absolute) {
        Path existing = absolute;
        Path firstMissing = null;
        while (existing != null && !Files.exists(existing)) {
            firstMissing = existing;
            existing = existing.getParent();
        }
        if (existing == null) {
            return "no part of its path exists";
        }
        if (!Files.isDirectory(existing)) {
            return existing + " is a file, not a directory";
        }
        if (!Files.isWritable(existing)) {
            return existing + " is not writable";
        }
        return firstMissing == null ? null : whyNotMade(firstMissing);
    }

    private static String whyNotMade(Path directory) {
        try {
            Files.createDirectory(directory);
        } catch (FileAlreadyExistsException madeMeanwhile) {
            return null;
        } catch (java.nio.file.AccessDeniedException e) {
            return directory.getParent() + " is not writable";
        } catch (java.nio.file.FileSystemException e) {
            return e.getReason() == null ? "the file system refuses a directory there"
                    : "the file system refuses a directory there (" + e.getReason() + ")";
        } catch (IOException e) {
            return "the file system refuses a directory there (" + e.getMessage() + ")";
        }
        try {
            Files.delete(directory);
        } catch (IOException e) {
            // an empty directory, which the write would have made anyway
        }
        return null;
    }

    /** Writes one file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a single file the same way: to a temp file beside it, forced to disk and renamed into
     * place, so a failure leaves any earlier version untouched.
     */
    public static void writeFile(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        checkFile(absolute);
        List<Path> created = List.of();
        Path temp = null;
        try {
            created = CleanupOnExit.createDirectories(absolute.getParent());
            temp = writeTemp(out -> content.writeTo(out), absolute);
            checkReplaceable(absolute);
            Path written = temp;
            CleanupOnExit.runWhole(() -> moveIntoPlace(written, absolute));
        } catch (IOException | RuntimeException | Error e) {
            if (temp != null) {
                deleteQuietly(List.of(temp), e);
            }
            CleanupOnExit.removeEmpty(created, e);
            throw e;
        }
        CleanupOnExit.forget(List.of(temp), created);
        syncDirectory(absolute.getParent());
    }

    private static Path writeTemp(Alignment alignment, AlignmentWriter writer, Path target) throws IOException {
        return writeTemp(out -> writer.write(alignment, out), target);
    }

    /** Writes to a fresh temp file beside {@code target}, forced to disk; the temp path is returned. */
    private static Path writeTemp(Content content, Path target) throws IOException {
        Path temp = createTemp(target);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            // The buffered stream is flushed, not closed, before force(): closing it would close
            // the channel too early.
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException | Error e) {
            // Not yet in the caller's list: delete here.
            deleteQuietly(List.of(temp), e);
            throw e;
        }
        return temp;
    }

    /**
     * A new empty file named {@code .NAME.ext.<random>.tmp}. Created with CREATE_NEW rather than
     * Files.createTempFile, which would make it owner-only (0600) on POSIX and the output with it;
     * this way the output gets the same permissions as any file the user creates.
     */
    private static Path createTemp(Path target) throws IOException {
        while (true) {
            Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                CleanupOnExit.createFile(temp);
                return temp;
            } catch (FileAlreadyExistsException collision) {
                // astronomically unlikely; just pick another name
            }
        }
    }

    /**
     * Refuses, before any rename, a final path that a rename cannot replace (a directory, a special
     * file): otherwise the formats renamed before it would already be replaced when it fails.
     */
    private static void checkReplaceable(Path target) throws IOException {
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot write " + target + ": something that is not a regular file is in its place");
        }
        if (Files.exists(target) && !Files.isWritable(target.getParent() == null ? target : target.getParent())) {
            throw new IOException("cannot write into " + target.getParent() + ": permission denied");
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the renames durable too. Not every platform can open a directory (Windows): best effort. */
    private static void syncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The files themselves are already on disk; only the directory entry may lag.
        }
    }

    private static void deleteQuietly(List<Path> paths, Throwable failure) {
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
        CleanupOnExit.forget(paths, List.of());
    }

    /** The name becomes a file name: refuse anything that could escape the directory. */
    private static String checkedFileName(String name) {
        if (name == null || name.isBlank() || name.equals(".") || name.equals("..")
                || name.contains("/") || name.contains("\\") || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("alignment name is not usable as a file name: '" + name + "'");
        }
        return name;
    }
}
