package org.tandem.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.BuiltInLanguages;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileBuilder;
import com.optimaize.langdetect.profiles.LanguageProfileReader;

/**
 * The n-gram profiles that ship with the Optimaize detector, read into the same objects its own
 * reader makes. Its reader runs a regular expression over each profile and splits the match twice;
 * on a cold JVM that is most of the time the detector takes to start. The profiles are one-line JSON
 * objects of gram counts, which one pass reads; a profile that does not look so is left to the
 * library's reader.
 */
final class BuiltInLanguageProfiles {
    private static final String DIRECTORY = "languages/";

    private BuiltInLanguageProfiles() {
    }

    /** Receives the grams of a profile's text one by one: the gram is {@code json[start, end)}. */
    interface GramSink {
        void gram(String json, int start, int end, int count);
    }

    /** Every built-in profile, in the library's order. */
    static List<LanguageProfile> readAll() {
        List<LanguageProfile> profiles = new ArrayList<>();
        for (LdLocale locale : BuiltInLanguages.getLanguages()) {
            profiles.add(read(locale));
        }
        return profiles;
    }

    static LanguageProfile read(LdLocale locale) {
        return read(locale, text(locale));
    }

    /** The profile from its text, as {@link #text} returns it. */
    static LanguageProfile read(LdLocale locale, String json) {
        LanguageProfile fast = parse(locale, json);
        if (fast != null) {
            return fast;
        }
        try {
            return new LanguageProfileReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in profile's text, as the library ships it. */
    static String text(LdLocale locale) {
        String path = DIRECTORY + locale;
        try (InputStream in = LanguageProfileReader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the language profile " + path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The profile from {@code {"freq":{"gram":count,...},...,"name":"xx"}}, or null when the text has
     * anything else where a gram or a count should be (escapes, a name that is not the locale's).
     */
    static LanguageProfile parse(LdLocale locale, String json) {
        LanguageProfileBuilder builder = new LanguageProfileBuilder(locale);
        return walk(locale, json, (text, start, end, count) -> builder.addGram(text.substring(start, end), count))
                ? builder.build() : null;
    }

    /**
     * Hands every gram of a profile's text to {@code sink}, in the text's order; false, with only
     * part of the grams handed on, when the text does not have the plain form {@link #parse} reads.
     */
    static boolean walk(LdLocale locale, String json, GramSink sink) {
        if (!json.contains("\"name\":\"" + locale + "\"")) {
            return false;
        }
        int at = json.indexOf("\"freq\":{");
        if (at < 0) {
            return false;
        }
        at += "\"freq\":{".length();
        while (true) {
            if (at >= json.length() || json.charAt(at) != '"') {
                return false;
            }
            int close = json.indexOf('"', at + 1);
            if (close < 0 || close + 1 >= json.length() || json.charAt(close + 1) != ':') {
                return false;
            }
            if (close == at + 1) {
                return false;
            }
            for (int i = at + 1; i < close; i++) {
                if (json.charAt(i) == '\\') {
                    return false;
                }
            }
            int digit = close + 2;
            long count = 0;
            while (digit < json.length() && json.charAt(digit) >= '0' && json.charAt(digit) <= '9'
                    && count <= Integer.MAX_VALUE) {
                count = count * 10 + (json.charAt(digit) - '0');
                digit++;
            }
            if (digit == close + 2 || count > Integer.MAX_VALUE || digit >= json.length()) {
                return false;
            }
            sink.gram(json, at + 1, close, (int) count);
            char next = json.charAt(digit);
            if (next == '}') {
                return true;
            }
            if (next != ',') {
                return false;
            }
            at = digit + 1;
        }
    }
}
