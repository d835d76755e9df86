package org.tandem.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.BuiltInLanguages;
import com.optimaize.langdetect.profiles.LanguageProfile;

/**
 * The built-in language profiles, each cut down to the grams of one text, for a detector that is to
 * identify that text alone.
 *
 * <p>Optimaize's detector looks up only the grams of the text it is given and weighs each by its count
 * over the profile's total for grams of that length. A profile that keeps those totals but only the
 * text's grams gives it the same numbers; building it skips the table of every gram in every language
 * (a hundred thousand grams, an array of seventy probabilities each) that the full detector starts
 * with, which costs far more than a few texts take to identify. Each cut-down profile also keeps the
 * whole one's hash code: the detector's builder holds its profiles in a hash set, whose order is the
 * order of the languages in the detector's sums, so the same hash codes give the same sums bit for bit.
 */
final class ProfileSubsets {
    /** Bits of the gram filter: a few thousand grams leave most of its 65,536 bits clear. */
    private static final int FILTER_BITS = 1 << 16;

    private final List<Source> sources;

    private ProfileSubsets(List<Source> sources) {
        this.sources = sources;
    }

    /** Every built-in profile's text, in the library's order, and its totals. */
    static ProfileSubsets load() {
        List<Source> sources = new ArrayList<>();
        for (LdLocale locale : BuiltInLanguages.getLanguages()) {
            sources.add(Source.of(locale, BuiltInLanguageProfiles.text(locale)));
        }
        return new ProfileSubsets(sources);
    }

    /** Every profile, in the library's order, holding only those of {@code grams} it has. */
    List<LanguageProfile> restrictedTo(Set<String> grams) {
        BitSet filter = new BitSet(FILTER_BITS);
        for (String gram : grams) {
            filter.set(slot(gram.hashCode()));
        }
        List<LanguageProfile> profiles = new ArrayList<>(sources.size());
        for (Source source : sources) {
            profiles.add(source.restrictedTo(grams, filter));
        }
        return profiles;
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (FILTER_BITS - 1);
    }

    /** What a profile counts over all its grams of one length. */
    record LengthTotals(int grams, long occurrences, long minCount, long maxCount) {
    }

    /**
     * The whole profile's figures: its totals by gram length, and the hash code the library's
     * profile object has.
     */
    record Totals(Map<Integer, LengthTotals> byLength, int hash) {
        static Totals of(LanguageProfile profile) {
            Map<Integer, LengthTotals> byLength = new TreeMap<>();
            for (int length : profile.getGramLengths()) {
                byLength.put(length, new LengthTotals(profile.getNumGrams(length), profile.getNumGramOccurrences(length),
                        profile.getMinGramCount(length), profile.getMaxGramCount(length)));
            }
            return new Totals(Collections.unmodifiableMap(byLength), profile.hashCode());
        }
    }

    /** One profile: its text when it has the plain form, else the profile the library's reader made. */
    private record Source(LdLocale locale, String json, LanguageProfile library, Totals totals) {
        static Source of(LdLocale locale, String json) {
            Summing summing = new Summing();
            if (BuiltInLanguageProfiles.walk(locale, json, summing)) {
                return new Source(locale, json, null, summing.totals(locale));
            }
            LanguageProfile library = BuiltInLanguageProfiles.read(locale, json);
            return new Source(locale, null, library, Totals.of(library));
        }

        LanguageProfile restrictedTo(Set<String> wanted, BitSet filter) {
            Map<Integer, Map<String, Integer>> kept = new HashMap<>();
            if (json != null) {
                BuiltInLanguageProfiles.walk(locale, json, (text, start, end, count) -> {
                    if (filter.get(slot(hash(text, start, end)))) {
                        String gram = text.substring(start, end);
                        if (wanted.contains(gram)) {
                            kept.computeIfAbsent(gram.length(), length -> new HashMap<>()).merge(gram, count, Integer::sum);
                        }
                    }
                });
            } else {
                for (int length : library.getGramLengths()) {
                    for (Map.Entry<String, Integer> gram : library.iterateGrams(length)) {
                        if (wanted.contains(gram.getKey())) {
                            kept.computeIfAbsent(length, l -> new HashMap<>()).put(gram.getKey(), gram.getValue());
                        }
                    }
                }
            }
            return new SubsetProfile(locale, kept, totals);
        }
    }

    /** {@code text.substring(start, end).hashCode()}, without the substring. */
    private static int hash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash;
    }

    /**
     * Sums a profile's grams as the library's profile object does: counts by length, and its hash
     * code, the locale's and then the sum over lengths of the length xor the sum over that length's
     * grams of the gram's hash xor its count (how a map of maps hashes).
     */
    private static final class Summing implements BuiltInLanguageProfiles.GramSink {
        private final Map<Integer, long[]> byLength = new TreeMap<>();

        @Override
        public void gram(String json, int start, int end, int count) {
            long[] sums = byLength.computeIfAbsent(end - start, length -> new long[] {0, 0, Long.MAX_VALUE, Long.MIN_VALUE, 0});
            sums[0]++;
            sums[1] += count;
            sums[2] = Math.min(sums[2], count);
            sums[3] = Math.max(sums[3], count);
            sums[4] += hash(json, start, end) ^ count;
        }

        Totals totals(LdLocale locale) {
            Map<Integer, LengthTotals> totals = new TreeMap<>();
            int mapHash = 0;
            for (Map.Entry<Integer, long[]> length : byLength.entrySet()) {
                long[] sums = length.getValue();
                totals.put(length.getKey(), new LengthTotals((int) sums[0], sums[1], sums[2], sums[3]));
                mapHash += length.getKey() ^ (int) sums[4];
            }
            return new Totals(Collections.unmodifiableMap(totals), 31 * locale.hashCode() + mapHash);
        }
    }

    /** A profile holding some of its grams, answering for the whole profile's totals. */
    static final class SubsetProfile implements LanguageProfile {
        private final LdLocale locale;
        private final Map<Integer, Map<String, Integer>> grams;
        private final Totals totals;

        SubsetProfile(LdLocale locale, Map<Integer, Map<String, Integer>> grams, Totals totals) {
            this.locale = locale;
            this.grams = grams;
            this.totals = totals;
        }

        /** The whole profile's figures. */
        Totals totals() {
            return totals;
        }

        @Override
        public LdLocale getLocale() {
            return locale;
        }

        @Override
        public List<Integer> getGramLengths() {
            return new ArrayList<>(totals.byLength().keySet());
        }

        /** The count of a gram this subset holds; 0 for any other. */
        @Override
        public int getFrequency(String gram) {
            return kept(gram.length()).getOrDefault(gram, 0);
        }

        @Override
        public int getNumGrams(int gramLength) {
            LengthTotals length = totals.byLength().get(gramLength);
            return length == null ? 0 : length.grams();
        }

        @Override
        public int getNumGrams() {
            return totals.byLength().values().stream().mapToInt(LengthTotals::grams).sum();
        }

        @Override
        public long getNumGramOccurrences(int gramLength) {
            LengthTotals length = totals.byLength().get(gramLength);
            return length == null ? 0 : length.occurrences();
        }

        @Override
        public long getMinGramCount(int gramLength) {
            LengthTotals length = totals.byLength().get(gramLength);
            return length == null ? 0 : length.minCount();
        }

        @Override
        public long getMaxGramCount(int gramLength) {
            LengthTotals length = totals.byLength().get(gramLength);
            return length == null ? 0 : length.maxCount();
        }

        /** The grams this subset holds. */
        @Override
        public Iterable<Map.Entry<String, Integer>> iterateGrams() {
            List<Map.Entry<String, Integer>> all = new ArrayList<>();
            grams.values().forEach(byGram -> all.addAll(byGram.entrySet()));
            return all;
        }

        /** The grams of that length this subset holds. */
        @Override
        public Iterable<Map.Entry<String, Integer>> iterateGrams(int gramLength) {
            return kept(gramLength).entrySet();
        }

        private Map<String, Integer> kept(int gramLength) {
            return grams.getOrDefault(gramLength, Map.of());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SubsetProfile subset && subset.locale.equals(locale) && subset.grams.equals(grams)
                    && subset.totals.equals(totals);
        }

        /** The whole profile's hash code, as the library's profile object has it. */
        @Override
        public int hashCode() {
            return totals.hash();
        }

        @Override
        public String toString() {
            return "SubsetProfile{" + locale + ", " + getNumGrams() + " grams of which " + grams.values().stream()
                    .mapToInt(Map::size).sum() + " kept}";
        }
    }
}
