package org.tandem.cli;

import java.util.List;

/** A small English text and its Dutch translation, written for these tests. */
final class SmallTexts {
    private SmallTexts() {
    }

    static final List<String> ENGLISH = List.of(
            "The village lies at the edge of a wide river.",
            "Every morning the baker opens his shop at six o'clock.",
            "Children walk to school along the old canal.",
            "In the afternoon the market square fills with people who come from the farms around the village.",
            "The mayor wants to build a new bridge next year.",
            "Many residents think that the plan costs far too much money.");

    static final List<String> DUTCH = List.of(
            "Het dorp ligt aan de rand van een brede rivier.",
            "Elke ochtend opent de bakker zijn winkel om zes uur.",
            "Kinderen lopen langs het oude kanaal naar school.",
            "In de middag loopt het marktplein vol met mensen die van de boerderijen rond het dorp komen.",
            "De burgemeester wil volgend jaar een nieuwe brug bouwen.",
            "Veel bewoners vinden dat het plan veel te veel geld kost.");

    static String englishParagraph() {
        return String.join(" ", ENGLISH) + "\n";
    }

    static String dutchParagraph() {
        return String.join(" ", DUTCH) + "\n";
    }
}
