package org.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.BuiltInLanguages;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.junit.jupiter.api.Test;

/**
 * {@link LanguageIdentifier} builds the Optimaize detector itself, from profiles it reads itself; it
 * must answer as Tika's wrapper over the library's own reader does.
 */
class LanguageIdentifierEquivalenceTest {
    private static final java.nio.file.Path SEEDS = java.nio.file.Path.of("seeds");
    private static final List<String> SENTENCES = List.of(
            "The minister said on Tuesday that the talks would continue next week.",
            "De minister zei dinsdag dat de gesprekken volgende week worden voortgezet.",
            "Der Minister sagte am Dienstag, die Gespräche würden nächste Woche fortgesetzt.",
            "Le ministre a déclaré mardi que les pourparlers se poursuivraient la semaine prochaine.",
            "El ministro dijo el martes que las conversaciones continuarían la próxima semana.",
            "Il ministro ha detto martedì che i colloqui continueranno la prossima settimana.",
            "Министр заявил во вторник, что переговоры продолжатся на следующей неделе.",
            "Ο υπουργός δήλωσε την Τρίτη ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα.",
            "部长周二表示，会谈将于下周继续进行。",
            "大臣は火曜日、協議は来週も続くと述べた。",
            "وقال الوزير يوم الثلاثاء إن المحادثات ستستمر الأسبوع المقبل.",
            "Minister powiedział we wtorek, że rozmowy będą kontynuowane w przyszłym tygodniu.",
            "Ministern sade på tisdagen att samtalen skulle fortsätta nästa vecka.");

    @Test
    void everyBuiltInProfileIsReadAsTheLibraryReadsIt() throws IOException {
        LanguageProfileReader library = new LanguageProfileReader();
        for (LdLocale locale : BuiltInLanguages.getLanguages()) {
            assertEquals(library.readBuiltIn(locale), BuiltInLanguageProfiles.read(locale), locale.toString());
        }
    }

    @Test
    void everyCutDownProfileKeepsTheWholeProfilesTotalsAndHash() throws IOException {
        LanguageProfileReader library = new LanguageProfileReader();
        List<LanguageProfile> subsets = ProfileSubsets.load().restrictedTo(Set.of("e", "th", "der", "ij", "xyz"));
        List<LdLocale> locales = BuiltInLanguages.getLanguages();
        assertEquals(locales.size(), subsets.size());
        for (int i = 0; i < locales.size(); i++) {
            LanguageProfile whole = library.readBuiltIn(locales.get(i));
            LanguageProfile subset = subsets.get(i);
            String locale = locales.get(i).toString();
            assertEquals(whole.getLocale(), subset.getLocale(), locale);
            assertEquals(ProfileSubsets.Totals.of(whole), ((ProfileSubsets.SubsetProfile) subset).totals(), locale);
            assertEquals(whole.hashCode(), subset.hashCode(), locale);
            assertEquals(whole.getGramLengths(), subset.getGramLengths(), locale);
            for (String gram : List.of("e", "th", "der", "ij", "xyz", "a")) {
                int expected = Set.of("e", "th", "der", "ij", "xyz").contains(gram) ? whole.getFrequency(gram) : 0;
                assertEquals(expected, subset.getFrequency(gram), locale + " " + gram);
            }
        }
    }

    @Test
    void aDetectorCutDownToTheTextsGramsGivesTheFullDetectorsProbabilities() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.add(java.nio.file.Files.readString(SEEDS.resolve("lavrov-newsweek-2022.en.txt")));
        texts.add(java.nio.file.Files.readString(SEEDS.resolve("000_1bcc9f068a6e245e.txt")));
        texts.add("Kurz");
        texts.add("a b c");
        List<String> fed = texts.stream()
                .map(text -> LanguageIdentifier.asTikaFeedsIt(text.length() > 20_000 ? text.substring(0, 20_000) : text))
                .toList();
        // One detector for all the texts, and one for each of a few alone (as for a single text).
        com.optimaize.langdetect.LanguageDetector together = LanguageIdentifier.subsetDetector(fed);
        for (int i = 0; i < fed.size(); i++) {
            String text = fed.get(i);
            List<String> expected = probabilities(LanguageIdentifier.fullDetector().getProbabilities(text));
            String label = text.length() + " chars: " + text.substring(0, Math.min(60, text.length()));
            assertEquals(expected, probabilities(together.getProbabilities(text)), label);
            if (i % 20 == 0 || i >= fed.size() - 4) {
                assertEquals(expected, probabilities(LanguageIdentifier.subsetDetector(List.of(text)).getProbabilities(text)),
                        label);
            }
        }
    }

    /** Each language with its probability's exact bits. */
    private static List<String> probabilities(List<DetectedLanguage> detected) {
        return detected.stream().map(language -> language.getLocale() + "=" + Double.doubleToLongBits(language.getProbability()))
                .toList();
    }

    @Test
    void answersAsTikasWrapperDoes() {
        LanguageDetector tika = new OptimaizeLangDetector().loadModels();
        LanguageIdentifier identifier = new LanguageIdentifier();
        for (String text : texts()) {
            assertEquals(tikasAnswer(tika, text), identifier.identify(text),
                    text.length() + " chars: " + text.substring(0, Math.min(60, text.length())));
        }
    }

    /** Every sentence alone, cut short, repeated past the wrapper's piece and text limits, and mixed. */
    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (String sentence : SENTENCES) {
            texts.add(sentence);
            texts.add(sentence.substring(0, Math.min(28, sentence.length())));
            texts.add((sentence + " ").repeat(4096 / sentence.length() + 1));
            texts.add((sentence + "\n").repeat(25_000 / sentence.length()));
        }
        for (int i = 0; i + 1 < SENTENCES.size(); i++) {
            texts.add(SENTENCES.get(i) + " " + SENTENCES.get(i + 1));
            texts.add((SENTENCES.get(i) + " ").repeat(60) + (SENTENCES.get(i + 1) + " ").repeat(60));
        }
        texts.add("12 345 678 — 2022, 3.14 and 42 and 7 and 99 and 1000 and 0.5 percent");
        texts.add("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk");
        return texts;
    }

    /** How LanguageIdentifier answered when it asked Tika's wrapper. */
    private static Optional<String> tikasAnswer(LanguageDetector tika, String text) {
        if (countLetters(text) < LanguageIdentifier.MIN_LETTERS) {
            return Optional.empty();
        }
        LanguageResult result = tika.detect(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        if (result.isUnknown() || !result.isReasonablyCertain()) {
            return Optional.empty();
        }
        String language = result.getLanguage().split("-", 2)[0];
        return language.length() == 2 ? Optional.of(language) : Optional.empty();
    }

    private static int countLetters(String text) {
        return (int) text.chars().filter(Character::isLetter).count();
    }
}
