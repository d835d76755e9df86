package org.tandem.eval;

import java.util.ArrayList;
import java.util.List;

import org.tandem.eval.ParallelCorpus.ParallelDocument;

/** A small English–Dutch corpus made from templates: distinct sentences with names and numbers to anchor on. */
final class TinyCorpus {
    private static final String[] CITIES = {"Amsterdam", "Boston", "Chicago", "Denver", "Eindhoven", "Florence",
        "Glasgow", "Houston", "Istanbul", "Jakarta", "Kampala", "Lisbon", "Madrid", "Nairobi", "Oslo", "Prague"};
    private static final String[][] NOUNS = {{"council", "gemeenteraad"}, {"school", "school"},
        {"hospital", "ziekenhuis"}, {"museum", "museum"}, {"library", "bibliotheek"}, {"station", "station"}};
    private static final String[][] VERBS = {{"opened", "opende"}, {"closed", "sloot"}, {"counted", "telde"},
        {"reported", "meldde"}, {"expected", "verwachtte"}};
    private static final String[][] OBJECTS = {{"new visitors", "nieuwe bezoekers"}, {"empty rooms", "lege kamers"},
        {"broken windows", "kapotte ramen"}, {"young volunteers", "jonge vrijwilligers"}};

    private TinyCorpus() {
    }

    static ParallelCorpus create(int documents, int sentences) {
        List<ParallelDocument> all = new ArrayList<>();
        int k = 0;
        for (int d = 0; d < documents; d++) {
            List<String> source = new ArrayList<>();
            List<String> target = new ArrayList<>();
            for (int s = 0; s < sentences; s++, k++) {
                String city = CITIES[k % CITIES.length];
                String[] noun = NOUNS[k % NOUNS.length];
                String[] verb = VERBS[(k / 3) % VERBS.length];
                String[] object = OBJECTS[(k / 7) % OBJECTS.length];
                int number = 3 + (k * 37) % 950;
                source.add("The " + noun[0] + " of " + city + " " + verb[0] + " " + number + " " + object[0]
                        + " during the week of meeting " + k + ".");
                target.add("De " + noun[1] + " van " + city + " " + verb[1] + " " + number + " " + object[1]
                        + " tijdens de week van vergadering " + k + ".");
            }
            all.add(new ParallelDocument("news." + d, source, target));
        }
        return new ParallelCorpus(all);
    }
}
