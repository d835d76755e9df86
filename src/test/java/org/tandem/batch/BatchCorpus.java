package org.tandem.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small English–Dutch corpus written for these tests, as paragraph text files, with a manifest:
 * template sentences with names and numbers to anchor on, and in every other document one source
 * sentence left untranslated, so that the pairs differ in their flags.
 */
public final class BatchCorpus {
    private static final String[] CITIES = {"Amsterdam", "Boston", "Chicago", "Denver", "Eindhoven", "Florence",
        "Glasgow", "Houston", "Istanbul", "Jakarta", "Kampala", "Lisbon", "Madrid", "Nairobi", "Oslo", "Prague"};
    private static final String[][] NOUNS = {{"council", "gemeenteraad"}, {"school", "school"},
        {"hospital", "ziekenhuis"}, {"museum", "museum"}, {"library", "bibliotheek"}, {"station", "station"}};
    private static final String[][] VERBS = {{"opened", "opende"}, {"closed", "sloot"}, {"counted", "telde"},
        {"reported", "meldde"}, {"expected", "verwachtte"}};

    private BatchCorpus() {
    }

    /** Writes {@code documents} pairs into {@code folder}/en and /nl and a manifest naming them; returns the manifest. */
    public static Path write(Path folder, int documents) throws IOException {
        Files.createDirectories(folder.resolve("en"));
        Files.createDirectories(folder.resolve("nl"));
        StringBuilder manifest = new StringBuilder("source\ttarget\tname\n");
        int k = 0;
        for (int d = 0; d < documents; d++) {
            List<String> source = new ArrayList<>();
            List<String> target = new ArrayList<>();
            for (int s = 0; s < 8; s++, k++) {
                String city = CITIES[k % CITIES.length];
                String[] noun = NOUNS[k % NOUNS.length];
                String[] verb = VERBS[(k / 3) % VERBS.length];
                int number = 3 + (k * 37) % 950;
                source.add("The " + noun[0] + " of " + city + " " + verb[0] + " " + number
                        + " visitors during the week of meeting " + k + ".");
                if (d % 2 == 0 || s != 4) {
                    target.add("De " + noun[1] + " van " + city + " " + verb[1] + " " + number
                            + " bezoekers tijdens de week van vergadering " + k + ".");
                }
            }
            String name = "doc" + d;
            Files.writeString(folder.resolve("en/" + name + ".txt"), paragraphs(source), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("nl/" + name + ".txt"), paragraphs(target), StandardCharsets.UTF_8);
            manifest.append("en/").append(name).append(".txt\tnl/").append(name).append(".txt\t").append(name).append('\n');
        }
        Path file = folder.resolve("manifest.tsv");
        Files.writeString(file, manifest, StandardCharsets.UTF_8);
        return file;
    }

    /** Two sentences a paragraph, as a web page's text comes out. */
    private static String paragraphs(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i += 2) {
            text.append(String.join(" ", sentences.subList(i, Math.min(i + 2, sentences.size())))).append("\n\n");
        }
        return text.toString();
    }
}
