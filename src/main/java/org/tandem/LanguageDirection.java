package org.tandem;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tandem.input.BadInputException;

/**
 * Which language each document is in, from what was declared and what the texts look like, with an eye
 * for the commonest mistake: the two files given the wrong way round.
 *
 * <p>A declared language the text clearly contradicts is an error. When every contradiction is of the
 * swapped kind (the source reads as the language declared for the target, or the target as the one
 * declared for the source), the error says the inputs look swapped. Without declarations the detected
 * direction stands, and a warning follows when the file names mark the opposite direction
 * ({@code report.nl.txt} that reads as English while the other file reads as Dutch).
 *
 * @param source  the source document's language (ISO 639-1)
 * @param target  the target document's language
 * @param detected whether both came from detection rather than declaration
 * @param warning what the user should hear about the direction, if anything
 */
public record LanguageDirection(String source, String target, boolean detected, Optional<String> warning) {
    /** {@code name.nl.txt}, {@code name_nl.txt}, {@code name-nl.pdf}: a language code just before the extension. */
    private static final Pattern NAME_TAG = Pattern.compile("(?:^|[._-])([a-z]{2})\\.[a-z0-9]{1,5}$");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    /**
     * @param declaredSource the declared source language or null; regions ({@code en-US}) are dropped
     * @param detectedSource what the source text looks like, if the detector is sure
     */
    static LanguageDirection resolve(String sourceName, String declaredSource, Optional<String> detectedSource,
                                     String targetName, String declaredTarget, Optional<String> detectedTarget) {
        String sourceCode = code(declaredSource);
        String targetCode = code(declaredTarget);
        boolean sourceContradicted = contradicts(sourceCode, detectedSource);
        boolean targetContradicted = contradicts(targetCode, detectedTarget);
        if ((sourceContradicted || targetContradicted) && detectedSource.isPresent() && detectedTarget.isPresent()
                && !detectedSource.equals(detectedTarget)
                && (sourceCode == null || sourceCode.equals(detectedTarget.get()))
                && (targetCode == null || targetCode.equals(detectedSource.get()))) {
            String declared = sourceCode == null ? "the target was declared as " + targetCode
                    : targetCode == null ? "the source was declared as " + sourceCode
                    : sourceCode + " → " + targetCode + " was declared";
            throw new BadInputException("the inputs look swapped: " + declared + ", but the source "
                    + sourceName + " reads as " + named(detectedSource.get()) + " and the target " + targetName
                    + " as " + named(detectedTarget.get()) + "; give the " + named(detectedTarget.get())
                    + " file first");
        }
        if (sourceContradicted) {
            throw contradiction(sourceName, "source", sourceCode, detectedSource.get());
        }
        if (targetContradicted) {
            throw contradiction(targetName, "target", targetCode, detectedTarget.get());
        }
        String source = sourceCode != null ? sourceCode : detectedSource.orElseThrow(() -> new BadInputException(
                sourceName + ": cannot tell its language; give it with --source-lang"));
        String target = targetCode != null ? targetCode : detectedTarget.orElseThrow(() -> new BadInputException(
                targetName + ": cannot tell its language; give it with --target-lang"));
        boolean detected = sourceCode == null && targetCode == null;
        return new LanguageDirection(source, target, detected,
                detected ? namesSayOtherwise(sourceName, source, targetName, target) : Optional.empty());
    }

    /** "nl → en", as the user reads it. */
    public String arrow() {
        return source + " → " + target;
    }

    /** "Dutch to English", for messages. */
    public String inWords() {
        return named(source) + " to " + named(target);
    }

    /** The language's English name, or the code itself when Java does not know it. */
    public static String named(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? "'" + code + "'" : name;
    }

    private static Optional<String> namesSayOtherwise(String sourceName, String source, String targetName, String target) {
        if (source.equals(target)) {
            return Optional.empty();
        }
        Optional<String> sourceTag = nameTag(sourceName);
        Optional<String> targetTag = nameTag(targetName);
        boolean sourceNamedAsTarget = sourceTag.filter(target::equals).isPresent();
        boolean targetNamedAsSource = targetTag.filter(source::equals).isPresent();
        if (!sourceNamedAsTarget && !targetNamedAsSource) {
            return Optional.empty();
        }
        StringBuilder why = new StringBuilder("the inputs may be swapped: ");
        if (sourceNamedAsTarget) {
            why.append("the source ").append(sourceName).append(" is named as ").append(named(target))
                    .append(" but reads as ").append(named(source));
        }
        if (targetNamedAsSource) {
            why.append(sourceNamedAsTarget ? ", and " : "").append("the target ").append(targetName)
                    .append(" is named as ").append(named(source)).append(" but reads as ").append(named(target));
        }
        return Optional.of(why.append("; aligning ").append(source).append(" → ").append(target)
                .append(" as the texts read (declare --source-lang and --target-lang to be sure)").toString());
    }

    static Optional<String> nameTag(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).toLowerCase(Locale.ROOT);
        Matcher tag = NAME_TAG.matcher(file);
        return tag.find() && ISO_LANGUAGES.contains(tag.group(1)) ? Optional.of(tag.group(1)) : Optional.empty();
    }

    private static String code(String declared) {
        // "en-US", "nl_BE": the language is what matters to every stage; the region changes nothing.
        return declared == null ? null : declared.toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    private static boolean contradicts(String code, Optional<String> detected) {
        return code != null && detected.isPresent() && !detected.get().equals(code);
    }

    private static BadInputException contradiction(String name, String side, String code, String detected) {
        return new BadInputException(name + ": declared as " + side + " language '" + code
                + "' but the text looks like '" + detected + "'");
    }
}
