package org.tandem.eval;

import java.util.ArrayList;
import java.util.List;

import org.tandem.eval.ParallelCorpus.ParallelDocument;

/**
 * A small English–Dutch corpus of news-like sentences with what the cueless damage works on: names
 * both sides write, clauses between commas, number words and digits.
 */
final class NewsCorpus {
    private static final String[][] PEOPLE = {{"Maria Lopez", "Maria Lopez"}, {"Peter Jansen", "Peter Jansen"},
        {"Anna Berg", "Anna Berg"}, {"Tom Okafor", "Tom Okafor"}, {"Lena Novak", "Lena Novak"},
        {"Omar Haddad", "Omar Haddad"}, {"Sofia Rossi", "Sofia Rossi"}, {"Ivan Petrov", "Ivan Petrov"}};
    private static final String[][] CITIES = {{"Lisbon", "Lissabon"}, {"Glasgow", "Glasgow"}, {"Nairobi", "Nairobi"},
        {"Houston", "Houston"}, {"Prague", "Praag"}, {"Oslo", "Oslo"}, {"Kampala", "Kampala"}};
    private static final String[][] COUNTS = {{"three", "drie"}, {"four", "vier"}, {"five", "vijf"}, {"six", "zes"},
        {"seven", "zeven"}, {"twenty", "twintig"}};

    private NewsCorpus() {
    }

    static ParallelCorpus create() {
        List<ParallelDocument> documents = new ArrayList<>();
        int k = 0;
        for (int d = 0; d < 6; d++) {
            List<String> source = new ArrayList<>();
            List<String> target = new ArrayList<>();
            for (int s = 0; s < 14; s++, k++) {
                // Each document names its own two people and two cities, so other documents have new names.
                String[] person = PEOPLE[(2 * d + s % 2) % PEOPLE.length];
                String[] city = CITIES[(d + s % 2) % CITIES.length];
                String[] count = COUNTS[(k / 3) % COUNTS.length];
                int number = 10 + (k * 37) % 900;
                switch (s % 4) {
                    case 0 -> {
                        source.add("On Monday, " + person[0] + " said that " + count[0] + " workers in " + city[0]
                                + " had lost their jobs, according to the union.");
                        target.add("Op maandag zei " + person[1] + " dat " + count[1] + " werknemers in " + city[1]
                                + " hun baan waren kwijtgeraakt, volgens de vakbond.");
                    }
                    case 1 -> {
                        source.add("The council of " + city[0] + ", which met for the " + number
                                + "th time this year, approved the new budget for schools and hospitals.");
                        target.add("De gemeenteraad van " + city[1] + ", die dit jaar voor de " + number
                                + "e keer bijeenkwam, keurde de nieuwe begroting voor scholen en ziekenhuizen goed.");
                    }
                    case 2 -> {
                        source.add("Police in " + city[0] + " arrested " + count[0] + " men after the attack on "
                                + person[0] + ", a spokesman said on Friday evening.");
                        target.add("De politie in " + city[1] + " arresteerde " + count[1] + " mannen na de aanval op "
                                + person[1] + ", zei een woordvoerder vrijdagavond.");
                    }
                    default -> {
                        source.add(person[0] + " (" + number + " votes in the last election) will lead the party "
                                + "in " + city[0] + " until next spring.");
                        target.add(person[1] + " (" + number + " stemmen bij de laatste verkiezingen) zal de partij "
                                + "in " + city[1] + " leiden tot het volgende voorjaar.");
                    }
                }
            }
            documents.add(new ParallelDocument("news." + d, source, target));
        }
        return new ParallelCorpus(documents);
    }
}
