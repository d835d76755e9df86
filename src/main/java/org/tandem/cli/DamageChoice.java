package org.tandem.cli;

import java.util.Locale;

import org.tandem.eval.DamageScheme;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How bench make damages the documents: {@code --damage SCHEME}, or none at all with {@code --clean}. */
final class DamageChoice {
    @Option(names = "--damage", paramLabel = "SCHEME", defaultValue = "cueless",
            description = {"cueless: drift with no surface cue (cut-offs that keep their full stop, target-language clauses inserted or appended, a clause dropped, a name replaced, a number word changed) and changed digits.",
                "surface: issue 3's damage (cut-offs without a full stop, source-language clauses), as earlier benchmarks were made.",
                "Default: ${DEFAULT-VALUE}."})
    String damage;

    @Option(names = "--clean", description = "No damage at all: the documents as they are, for counting false flags.")
    boolean clean;

    /** The chosen scheme; an unknown name is a usage error of {@code line}. */
    DamageScheme scheme(CommandLine line) {
        if (clean) {
            return DamageScheme.CLEAN;
        }
        return switch (damage.toLowerCase(Locale.ROOT)) {
            case "cueless" -> DamageScheme.CUELESS;
            case "surface" -> DamageScheme.SURFACE;
            default -> throw new CommandLine.ParameterException(line, "--damage must be cueless or surface: " + damage);
        };
    }
}
