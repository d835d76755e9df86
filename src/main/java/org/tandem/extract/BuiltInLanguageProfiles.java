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

    /** Every built-in profile, in the library's order. */
    static List<LanguageProfile> readAll() {
        List<LanguageProfile> profiles = new ArrayList<>();
        for (LdLocale locale : BuiltInLanguages.getLanguages()) {
            profiles.add(read(locale));
        }
        return profiles;
    }

    static LanguageProfile read(LdLocale locale) {
        String path = DIRECTORY + locale;
        byte[] bytes;
        try (InputStream in = LanguageProfileReader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the language profile " + path + " is missing from the classpath");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LanguageProfile fast = parse(locale, new String(bytes, StandardCharsets.UTF_8));
        if (fast != null) {
            return fast;
        }
        try {
            return new LanguageProfileReader().read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The profile from {@code {"freq":{"gram":count,...},...,"name":"xx"}}, or null when the text has
     * anything else where a gram or a count should be (escapes, a name that is not the locale's).
     */
    static LanguageProfile parse(LdLocale locale, String json) {
        if (!json.contains("\"name\":\"" + locale + "\"")) {
            return null;
        }
        int at = json.indexOf("\"freq\":{");
        if (at < 0) {
            return null;
        }
        at += "\"freq\":{".length();
        LanguageProfileBuilder builder = new LanguageProfileBuilder(locale);
        while (true) {
            if (at >= json.length() || json.charAt(at) != '"') {
                return null;
            }
            int close = json.indexOf('"', at + 1);
            if (close < 0 || close + 1 >= json.length() || json.charAt(close + 1) != ':') {
                return null;
            }
            String gram = json.substring(at + 1, close);
            if (gram.isEmpty() || gram.indexOf('\\') >= 0) {
                return null;
            }
            int digit = close + 2;
            long count = 0;
            while (digit < json.length() && json.charAt(digit) >= '0' && json.charAt(digit) <= '9'
                    && count <= Integer.MAX_VALUE) {
                count = count * 10 + (json.charAt(digit) - '0');
                digit++;
            }
            if (digit == close + 2 || count > Integer.MAX_VALUE || digit >= json.length()) {
                return null;
            }
            builder.addGram(gram, (int) count);
            char next = json.charAt(digit);
            if (next == '}') {
                return builder.build();
            }
            if (next != ',') {
                return null;
            }
            at = digit + 1;
        }
    }
}
