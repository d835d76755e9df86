package org.tandem.write;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The temporary files and new directories that {@link AtomicOutputs} has made and not yet finished
 * with, removed when the JVM shuts down before they are (Ctrl-C, SIGTERM, System.exit): a run that is
 * stopped leaves no hidden temporary file and no directory it created behind.
 *
 * <p>Everything that creates, registers or renames takes one lock, and the shutdown hook takes it too
 * and then refuses all later work. So the hook runs either before the renames (it deletes the
 * temporary files, and the renames are refused) or after all of them (the outputs are complete),
 * never between two. A writer still filling a temporary file when the hook deletes it writes into an
 * unlinked file, which the operating system frees.
 */
final class CleanupOnExit {
    private static final Object LOCK = new Object();
    private static final Set<Path> FILES = new LinkedHashSet<>();
    /** In creation order: parents before children. */
    private static final List<Path> DIRECTORIES = new ArrayList<>();
    private static boolean hookInstalled;
    private static boolean shuttingDown;

    private CleanupOnExit() {
    }

    /** Work that must run whole or not at all before shutdown: the final renames. */
    @FunctionalInterface
    interface Step {
        void run() throws IOException;
    }

    /** Creates {@code file} (which must not exist) and registers it for deletion at shutdown. */
    static void createFile(Path file) throws IOException {
        synchronized (LOCK) {
            refuseWhenShuttingDown();
            installHook();
            Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            FILES.add(file);
        }
    }

    /**
     * Creates {@code directory} and its missing parents, registers each one created for removal at
     * shutdown (if still empty), and returns them, parents first.
     */
    static List<Path> createDirectories(Path directory) throws IOException {
        Path absolute = directory.toAbsolutePath().normalize();
        List<Path> missing = new ArrayList<>();
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        List<Path> created = new ArrayList<>();
        synchronized (LOCK) {
            refuseWhenShuttingDown();
            installHook();
            for (Path dir : missing) {
                try {
                    Files.createDirectory(dir);
                    created.add(dir);
                    DIRECTORIES.add(dir);
                } catch (FileAlreadyExistsException raced) {
                    if (!Files.isDirectory(dir)) {
                        throw raced;
                    }
                }
            }
        }
        return created;
    }

    /**
     * Runs {@code step} under the lock, unless the JVM is already shutting down.
     *
     * @throws InterruptedIOException when it is: the run was stopped
     */
    static void runWhole(Step step) throws IOException {
        synchronized (LOCK) {
            refuseWhenShuttingDown();
            step.run();
        }
    }

    /** Done with these files and directories: they stay. */
    static void forget(Collection<Path> files, Collection<Path> directories) {
        synchronized (LOCK) {
            FILES.removeAll(files);
            DIRECTORIES.removeAll(directories);
        }
    }

    /** Removes {@code directories} (children first) where they are empty, and forgets them. */
    static void removeEmpty(List<Path> directories, Throwable failure) {
        synchronized (LOCK) {
            for (int i = directories.size() - 1; i >= 0; i--) {
                deleteEmpty(directories.get(i), failure);
            }
            DIRECTORIES.removeAll(directories);
        }
    }

    private static void refuseWhenShuttingDown() throws IOException {
        if (shuttingDown) {
            throw new InterruptedIOException("stopped before the outputs were written");
        }
    }

    private static void installHook() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(CleanupOnExit::cleanUp, "tandem-cleanup"));
            hookInstalled = true;
        }
    }

    private static void cleanUp() {
        synchronized (LOCK) {
            shuttingDown = true;
            for (Path file : FILES) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // Nothing to report to at shutdown; the file's name marks it as temporary.
                }
            }
            FILES.clear();
            for (int i = DIRECTORIES.size() - 1; i >= 0; i--) {
                deleteEmpty(DIRECTORIES.get(i), null);
            }
            DIRECTORIES.clear();
        }
    }

    private static void deleteEmpty(Path directory, Throwable failure) {
        try {
            Files.deleteIfExists(directory);
        } catch (DirectoryNotEmptyException keep) {
            // Something else was put there: it is not ours to remove.
        } catch (IOException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }
}
