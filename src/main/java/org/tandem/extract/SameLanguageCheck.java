package org.tandem.extract;

import java.util.Locale;
import java.util.Optional;

/**
 * Warns when a source and its translation look like the same language, the usual sign that the same
 * file (or two versions of one side) was given twice.
 */
public final class SameLanguageCheck {
    private final LanguageIdentifier identifier;

    public SameLanguageCheck(LanguageIdentifier identifier) {
        this.identifier = identifier;
    }

    /**
     * @return a one-line warning naming both documents when both are confidently identified as the
     *         same language; empty when they differ or either cannot be identified
     */
    public Optional<String> warning(ExtractedText first, ExtractedText second) {
        return warning(first.name(), first.fullText(), second.name(), second.fullText());
    }

    /** As {@link #warning(ExtractedText, ExtractedText)}, for texts that are not extracted documents. */
    public Optional<String> warning(String firstName, String firstText, String secondName, String secondText) {
        java.util.List<Optional<String>> languages = identifier.identifyAll(java.util.Arrays.asList(firstText, secondText));
        Optional<String> firstLanguage = languages.get(0);
        Optional<String> secondLanguage = languages.get(1);
        if (firstLanguage.isEmpty() || !firstLanguage.equals(secondLanguage)) {
            return Optional.empty();
        }
        String code = firstLanguage.get();
        String languageName = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return Optional.of(firstName + " and " + secondName + " both look like " + languageName + " (" + code
                + "); is one of them the wrong file?");
    }
}
