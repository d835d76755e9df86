package org.tandem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.tandem.TandemTuning;
import org.tandem.align.TunedValue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"Prints every tuned number of the aligner, the word aligner and the flags: its key, value, default, range and the reason it is there.",
            "Any of them can be overridden for an experiment with --params FILE on align, batch and bench run."})
final class ParamsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--params", paramLabel = "FILE",
            description = "Show the values with this properties file's overrides applied.")
    Path params;

    @Option(names = "--properties",
            description = "Print a properties file to edit and pass back with --params, instead of the table.")
    boolean properties;

    @Override
    public Integer call() {
        TandemTuning tuning = params == null ? TandemTuning.defaults() : TandemTuning.read(params);
        PrintWriter out = spec.commandLine().getOut();
        if (properties) {
            out.print(tuning.render());
        } else {
            out.println(String.format(Locale.ROOT, "%-38s %10s %10s  %-22s %s", "key", "value", "default", "range",
                    "reason"));
            for (TunedValue value : tuning.describe()) {
                out.println(String.format(Locale.ROOT, "%-38s %10s %10s  %-22s %s", value.key(), number(value.value()),
                        number(value.defaultValue()), number(value.min()) + " to " + number(value.max()),
                        value.reason()));
            }
        }
        out.flush();
        return 0;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}
