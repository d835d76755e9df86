package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tandem.write.OutputFormat;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * Every option's help shows its default through picocli's {@code ${DEFAULT-VALUE}}, which cannot go
 * stale, and no help text states a default in words of its own.
 */
class HelpDefaultsTest {
    private static final String VARIABLE = "${DEFAULT-VALUE}";
    /** How a help text shows the default: "(default: ${DEFAULT-VALUE})" or "Default: ${DEFAULT-VALUE}." */
    private static final java.util.regex.Pattern SHOWN =
            java.util.regex.Pattern.compile("(?i)default: \\$\\{DEFAULT-VALUE}");

    @Test
    void everyCommandShowsItsDefaultsThroughPicocli() {
        List<String> problems = problems(new CommandLine(new TandemCommand()));

        assertEquals(List.of(), problems);
    }

    @Test
    void theWalkReachesEverySubcommand() {
        List<String> names = new ArrayList<>();
        walk(new CommandLine(new TandemCommand()), line -> names.add(line.getCommandSpec().qualifiedName()));

        assertTrue(names.containsAll(List.of("tandem align", "tandem batch", "tandem review", "tandem export",
                "tandem segment", "tandem lexicon", "tandem eval", "tandem params", "tandem bench speed",
                "tandem bench make", "tandem bench run", "tandem bench review")), names.toString());
    }

    @Test
    void aDefaultInProseOrAHiddenDefaultIsCaught() {
        List<String> problems = problems(new CommandLine(new Careless()));

        assertEquals(List.of(
                "careless --limit: has the default 5 but its help does not show it with " + VARIABLE,
                "careless --mode: says 'default' in words; show it with " + VARIABLE),
                problems);
    }

    @Test
    void shownDefaultsAreTheRealOnes() {
        String help = new CommandLine(new TandemCommand()).getSubcommands().get("align")
                .getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", "");

        // Whitespace is left out of the comparison: picocli wraps lines, even inside a list of formats.
        assertTrue(help.contains("(default:" + FormatChoice.DEFAULTS + ")"), help);
        assertTrue(help.contains("--no-freedictleavesthemout(default:true)"), help);
    }

    @Test
    void theFormatsOptionsDefaultIsTheLibrarys() {
        assertEquals(OutputFormat.defaults(), OutputFormat.parseAll(Arrays.asList(FormatChoice.DEFAULTS.split(","))));
    }

    static List<String> problems(CommandLine root) {
        List<String> problems = new ArrayList<>();
        walk(root, line -> {
            CommandSpec spec = line.getCommandSpec();
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec arg : args) {
                if (arg instanceof OptionSpec option && (option.usageHelp() || option.versionHelp())) {
                    continue;
                }
                String name = spec.qualifiedName() + " " + (arg instanceof OptionSpec option ? option.longestName()
                        : arg.paramLabel());
                String raw = rawDescription(arg);
                String shown = defaultOf(arg);
                if (shown != null && !raw.contains(VARIABLE)) {
                    problems.add(name + ": has the default " + shown + " but its help does not show it with " + VARIABLE);
                }
                if (SHOWN.matcher(raw).replaceAll("").replace(VARIABLE, "").toLowerCase(Locale.ROOT).contains("default")) {
                    problems.add(name + ": says 'default' in words; show it with " + VARIABLE);
                }
            }
        });
        return problems;
    }

    /** The description as written, before picocli fills in its variables. */
    private static String rawDescription(ArgSpec arg) {
        if (arg.userObject() instanceof java.lang.reflect.Field field) {
            if (field.getAnnotation(Option.class) != null) {
                return String.join(" ", field.getAnnotation(Option.class).description());
            }
            if (field.getAnnotation(CommandLine.Parameters.class) != null) {
                return String.join(" ", field.getAnnotation(CommandLine.Parameters.class).description());
            }
        }
        throw new AssertionError("no annotated field behind " + arg + " (" + arg.userObject() + ")");
    }

    /** The default picocli would show, or null when the option has none worth showing (an unset flag, no value). */
    private static String defaultOf(ArgSpec arg) {
        if (arg.defaultValue() != null) {
            return arg.defaultValue();
        }
        Object initial = arg.hasInitialValue() ? arg.initialValue() : null;
        if (initial == null || Boolean.FALSE.equals(initial)
                || initial instanceof Collection<?> collection && collection.isEmpty()
                || initial instanceof Map<?, ?> map && map.isEmpty()) {
            return null;
        }
        return String.valueOf(initial);
    }

    private static void walk(CommandLine line, java.util.function.Consumer<CommandLine> visit) {
        if (line.getCommand() instanceof CommandLine.HelpCommand) {
            return;
        }
        visit.accept(line);
        for (CommandLine sub : line.getSubcommands().values()) {
            walk(sub, visit);
        }
    }

    @Command(name = "careless")
    static final class Careless {
        @Option(names = "--limit", description = "How many.")
        int limit = 5;

        @Option(names = "--mode", description = "The mode (default: fast).")
        String mode;

        @Option(names = "--size", defaultValue = "3", description = "The size (default: ${DEFAULT-VALUE}).")
        int size;
    }
}
