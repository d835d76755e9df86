package org.tandem.align;

import java.util.ArrayList;
import java.util.List;

import org.tandem.segment.Segment;

/**
 * A hand-written English news text and its Dutch translation, one sentence per entry, sentence k of
 * {@link #EN} translated by sentence k of {@link #NL}. Variants of the Dutch side (merges, splits,
 * omissions, additions) are built from these lists by the tests.
 */
public final class NewsPair {
    private NewsPair() {
    }

    public static final List<String> EN = List.of(
            /* 0 */ "The Dutch government announced on Tuesday a new plan to build 100,000 homes before 2030.",
            /* 1 */ "Minister Hugo de Jonge presented the plan in The Hague during a press conference.",
            /* 2 */ "According to the ministry, the national housing shortage has grown to almost 390,000 homes.",
            /* 3 */ "Young people and students in particular struggle to find an affordable apartment.",
            /* 4 */ "The plan costs about 7.5 billion euros and will be financed partly by the provinces.",
            /* 5 */ "Municipalities such as Amsterdam, Rotterdam and Utrecht welcomed the announcement.",
            /* 6 */ "Critics say the construction sector lacks the workers to realise the ambition.",
            /* 7 */ "The nitrogen crisis has delayed hundreds of building projects since 2019.",
            /* 8 */ "Opposition party GroenLinks called the plan a good first step but too vague.",
            /* 9 */ "The VVD wants more room for private investors and fewer rules.",
            /* 10 */ "Rents in the free sector rose by 5.3 percent last year.",
            /* 11 */ "The government will also limit rent increases to 3.1 percent from July 1.",
            /* 12 */ "Housing associations must build at least 250,000 social rental homes in the coming years.",
            /* 13 */ "In return, the landlord levy on their properties will be abolished.",
            /* 14 */ "Economists at ING expect house prices to keep rising in 2023.",
            /* 15 */ "The average price of a home is now 413,000 euros, according to new figures from Statistics Netherlands.",
            /* 16 */ "In Amsterdam, buyers pay on average more than 600,000 euros.",
            /* 17 */ "The House of Representatives will debate the plan on September 23.",
            /* 18 */ "Minister De Jonge hopes for a broad majority in parliament.",
            /* 19 */ "A final vote is expected before the end of the year.");

    public static final List<String> NL = List.of(
            /* 0 */ "Het Nederlandse kabinet heeft dinsdag een nieuw plan aangekondigd om vóór 2030 100.000 woningen te bouwen.",
            /* 1 */ "Minister Hugo de Jonge presenteerde het plan tijdens een persconferentie in Den Haag.",
            /* 2 */ "Volgens het ministerie is het nationale woningtekort gegroeid tot bijna 390.000 woningen.",
            /* 3 */ "Vooral jongeren en studenten hebben moeite een betaalbaar appartement te vinden.",
            /* 4 */ "Het plan kost ongeveer 7,5 miljard euro en wordt deels door de provincies gefinancierd.",
            /* 5 */ "Gemeenten als Amsterdam, Rotterdam en Utrecht verwelkomden de aankondiging.",
            /* 6 */ "Critici zeggen dat de bouwsector niet genoeg arbeiders heeft om de ambitie waar te maken.",
            /* 7 */ "De stikstofcrisis heeft sinds 2019 honderden bouwprojecten vertraagd.",
            /* 8 */ "Oppositiepartij GroenLinks noemde het plan een goede eerste stap, maar te vaag.",
            /* 9 */ "De VVD wil meer ruimte voor private investeerders en minder regels.",
            /* 10 */ "De huren in de vrije sector stegen vorig jaar met 5,3 procent.",
            /* 11 */ "Het kabinet beperkt de huurverhoging bovendien vanaf 1 juli tot 3,1 procent.",
            /* 12 */ "Woningcorporaties moeten de komende jaren minstens 250.000 sociale huurwoningen bouwen.",
            /* 13 */ "In ruil daarvoor wordt de verhuurderheffing op hun woningen afgeschaft.",
            /* 14 */ "Economen van ING verwachten dat de huizenprijzen in 2023 blijven stijgen.",
            /* 15 */ "De gemiddelde prijs van een woning bedraagt nu 413.000 euro, volgens nieuwe cijfers van het Centraal Bureau voor de Statistiek.",
            /* 16 */ "In Amsterdam betalen kopers gemiddeld meer dan 600.000 euro.",
            /* 17 */ "De Tweede Kamer debatteert op 23 september over het plan.",
            /* 18 */ "Minister De Jonge hoopt op een brede meerderheid in het parlement.",
            /* 19 */ "Een definitieve stemming wordt voor het einde van het jaar verwacht.");

    /** Dutch lines that follow an article on a news site and translate nothing in it. */
    public static final List<String> SITE_FOOTER = List.of(
            "Reacties (128)",
            "Jan uit Zwolle: Eindelijk doet de politiek eens iets, maar ik geloof het pas als ik het zie.",
            "Marieke: Mijn dochter staat al elf jaar ingeschreven voor een huurhuis.",
            "Pieter K.: Waarom wordt er niet gewoon meer in de dorpen gebouwd?",
            "Annelies: Die beloftes hoor ik nu al twintig jaar.",
            "Henk: Begin eerst maar eens met het afschaffen van alle regeltjes.",
            "Sanne van D.: Wij wonen met z'n vieren in een flatje van vijftig vierkante meter.",
            "Geert: Het probleem is dat iedereen in de Randstad wil wonen.",
            "Lees ook",
            "Huizenprijzen dalen voor het eerst in jaren",
            "Starters kunnen steeds moeilijker een hypotheek krijgen",
            "Nieuwe regels voor tijdelijke huurcontracten",
            "Meest gelezen",
            "Storing bij de NS treft duizenden reizigers",
            "Zo wordt het weer dit weekend: zonnig en droog",
            "Ajax wint met ruime cijfers van Go Ahead Eagles",
            "Volg ons",
            "Facebook",
            "Instagram",
            "Nieuwsbrief",
            "Over ons",
            "Contact",
            "Adverteren",
            "Vacatures",
            "Privacyverklaring",
            "Cookie-instellingen",
            "Algemene voorwaarden",
            "Toegankelijkheid",
            "© 2022 Dagblad Nederland B.V. Alle rechten voorbehouden.",
            "Niets uit deze uitgave mag worden verveelvoudigd zonder voorafgaande schriftelijke toestemming van de uitgever.");

    public static List<Segment> segments(List<String> texts) {
        List<Segment> segments = new ArrayList<>(texts.size());
        for (int k = 0; k < texts.size(); k++) {
            segments.add(new Segment(k, texts.get(k), 0));
        }
        return segments;
    }

    /** {@code list} without the elements at the given indices. */
    public static List<String> without(List<String> list, int... indices) {
        List<String> out = new ArrayList<>(list);
        for (int k = indices.length - 1; k >= 0; k--) {
            out.remove(indices[k]);
        }
        return out;
    }

    /** {@code list} with {@code lines} inserted before index {@code at}. */
    public static List<String> inserting(List<String> list, int at, List<String> lines) {
        List<String> out = new ArrayList<>(list);
        out.addAll(at, lines);
        return out;
    }

    /** {@code list} with element {@code at} replaced. */
    public static List<String> replacing(List<String> list, int at, String line) {
        List<String> out = new ArrayList<>(list);
        out.set(at, line);
        return out;
    }

    /** Builds the expected bead list shape by shape. */
    public static final class Expected {
        private final List<Bead> beads = new ArrayList<>();
        private int i;
        private int j;

        public Expected bead(int sourceCount, int targetCount) {
            beads.add(new Bead(i, i + sourceCount, j, j + targetCount));
            i += sourceCount;
            j += targetCount;
            return this;
        }

        public Expected repeat(int times, int sourceCount, int targetCount) {
            for (int k = 0; k < times; k++) {
                bead(sourceCount, targetCount);
            }
            return this;
        }

        public Expected ones(int times) {
            return repeat(times, 1, 1);
        }

        public List<Bead> build() {
            return List.copyOf(beads);
        }
    }

    /** A compact rendering, {@code s0-1/t0-1 ...}, for readable assertion messages. */
    public static String describe(List<Bead> beads) {
        StringBuilder out = new StringBuilder();
        for (Bead bead : beads) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(bead.sourceStart()).append('-').append(bead.sourceEnd()).append('/')
                    .append(bead.targetStart()).append('-').append(bead.targetEnd());
        }
        return out.toString();
    }

    public static Expected expected() {
        return new Expected();
    }
}
