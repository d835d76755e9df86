package org.tandem.flag;

import java.util.regex.Pattern;

/**
 * Whether a lone segment holds any text in a language, which a translation would have to carry over.
 * An omission or addition of text in no language is no translation problem: punctuation alone (an
 * ellipsis {@code (...)}, a rule of dashes), markup, link targets, code and addresses, and metadata
 * fields whose values are identifiers ({@code lang: nl}, {@code image: /assets/cards/a.png},
 * {@code related: - beginners - building}), which a site adds or drops by its own layout. A field with
 * words in its value ({@code title: Finding users}), a capitalised value, a word or a number outside
 * a field all count as language: a dropped heading, list item or figure stays flagged.
 */
final class LanguagelessText {
    /** Markup tags, Markdown link targets, code between backticks, web and e-mail addresses. */
    private static final Pattern NO_LANGUAGE = Pattern.compile(
            "\\]\\([^)\\s]*\\)|<[^>\\n]*>|`[^`\\n]*`|(?:https?://|www\\.)[^\\s)\\]>\"]+"
                    + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** One field: an identifier key, a colon, then identifier values (lower case, paths), each perhaps a list item. */
    private static final Pattern FIELDS = Pattern.compile(
            "(?:\\s*[A-Za-z][A-Za-z0-9_-]*:(?:\\s+(?:[-*]\\s+)?[\\p{Ll}\\d/][\\p{Ll}\\d/._-]*)*)+\\s*");

    private LanguagelessText() {
    }

    static boolean isLanguageless(String text) {
        String rest = NO_LANGUAGE.matcher(text).replaceAll(" ");
        if (rest.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return true;
        }
        return FIELDS.matcher(rest).matches();
    }
}
