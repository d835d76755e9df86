package org.tandem.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.tandem.input.BadInputException;
import org.tandem.input.PlainMessage;

/**
 * Pairs the files of a source folder with those of a target folder by relative path, the extension
 * ignored: {@code en/a/x.docx} pairs with {@code nl/a/x.pdf}, and the pair is named {@code a/x}.
 * Hidden files are skipped. A file with no partner, or whose name two files on one side share
 * ({@code x.docx} and {@code x.pdf}), is reported rather than guessed at.
 *
 * @param pairs    the pairs, in the order of their names
 * @param unpaired one line per file that found no partner, naming it and why
 */
public record FolderPairing(List<DocumentPair> pairs, List<String> unpaired) {

    public static FolderPairing of(Path sourceFolder, Path targetFolder, String sourceLanguage, String targetLanguage) {
        Map<String, List<Path>> sources = filesByName(sourceFolder);
        Map<String, List<Path>> targets = filesByName(targetFolder);
        List<DocumentPair> pairs = new ArrayList<>();
        List<String> unpaired = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(sources.keySet());
        names.addAll(targets.keySet());
        for (String name : names) {
            List<Path> source = sources.getOrDefault(name, List.of());
            List<Path> target = targets.getOrDefault(name, List.of());
            if (source.size() == 1 && target.size() == 1) {
                pairs.add(DocumentPair.of(name, source.get(0), target.get(0), sourceLanguage, targetLanguage));
            } else if (source.size() > 1 || target.size() > 1) {
                List<Path> all = new ArrayList<>(source);
                all.addAll(target);
                unpaired.add(name + ": more than one file on a side, which pair is meant is unclear: " + all);
            } else if (source.isEmpty()) {
                unpaired.add(target.get(0) + ": no source file " + name + ".* in " + sourceFolder);
            } else {
                unpaired.add(source.get(0) + ": no target file " + name + ".* in " + targetFolder);
            }
        }
        return new FolderPairing(pairs, unpaired);
    }

    private static Map<String, List<Path>> filesByName(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder + ": no such folder");
        }
        Map<String, List<Path>> byName = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> !hidden(folder.relativize(file)))
                    .sorted()
                    .forEach(file -> byName.computeIfAbsent(name(folder.relativize(file)), k -> new ArrayList<>()).add(file));
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(folder + ": cannot list the folder (" + PlainMessage.reason(e) + ")", e);
        }
        return byName;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The relative path with {@code /} separators and without the file's extension. */
    private static String name(Path relative) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            name.append(relative.getName(i)).append('/');
        }
        return name.append(Manifest.baseName(relative.getFileName())).toString();
    }
}
