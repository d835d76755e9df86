package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Help text is never cut mid-sentence. Picocli lists a subcommand under its parent by the first
 * element of its description only, so each element must be whole sentences, and so must every
 * option's and parameter's description.
 */
class HelpTextTest {
    /** A sentence ends in . ! or ?, possibly followed by a closing bracket or quotation mark. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][)\"'’”]*$", Pattern.DOTALL);

    @Test
    void everyDescriptionOfEveryCommandEndsASentence() {
        List<String> cut = new ArrayList<>();
        List<CommandLine> commands = allCommands(new CommandLine(new TandemCommand()));
        assertTrue(commands.size() >= 9, "walked " + commands.size() + " commands");
        for (CommandLine command : commands) {
            CommandSpec spec = command.getCommandSpec();
            for (String line : spec.usageMessage().description()) {
                check(cut, spec.qualifiedName(), line);
            }
            for (ArgSpec arg : spec.args()) {
                for (String line : arg.renderedDescription()) {
                    check(cut, spec.qualifiedName() + " " + arg.paramLabel(), line);
                }
            }
        }
        assertEquals(List.of(), cut);
    }

    @Test
    void everyCommandListingEndsASentence() {
        List<String> cut = new ArrayList<>();
        for (CommandLine command : allCommands(new CommandLine(new TandemCommand()))) {
            if (command.getSubcommands().isEmpty()) {
                continue;
            }
            String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String listing = usage.substring(usage.indexOf("Commands:") + "Commands:".length());
            // An entry starts at two spaces of indent; its wrapped lines are indented further.
            List<String> entries = new ArrayList<>();
            for (String line : listing.lines().toList()) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("  ") && !line.startsWith("   ")) {
                    entries.add(line.strip());
                } else {
                    entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
                }
            }
            assertEquals(command.getSubcommands().size(), entries.size(), usage);
            for (String entry : entries) {
                check(cut, command.getCommandSpec().qualifiedName(), entry);
            }
        }
        assertEquals(List.of(), cut);
    }

    private static void check(List<String> cut, String where, String text) {
        // A trailing %n is picocli's line break, rendered as such.
        if (!SENTENCE_END.matcher(text.strip().replaceAll("(%n)+$", "")).matches()) {
            cut.add(where + ": " + text);
        }
    }

    private static List<CommandLine> allCommands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        all.add(root);
        for (CommandLine sub : root.getSubcommands().values()) {
            all.addAll(allCommands(sub));
        }
        return all;
    }
}
