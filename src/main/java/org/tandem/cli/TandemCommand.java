package org.tandem.cli;

import org.tandem.write.ToolVersion;

import picocli.CommandLine.Command;

@Command(name = "tandem", mixinStandardHelpOptions = true, versionProvider = TandemCommand.Version.class,
        description = "Aligns a translation with its source sentence by sentence and flags what a reviewer should check.",
        subcommands = {AlignCommand.class, BatchCommand.class, ReviewCommand.class, ExportCommand.class, SegmentCommand.class, LexiconCommand.class, BenchCommand.class, EvalCommand.class, ParamsCommand.class,
            picocli.CommandLine.HelpCommand.class})
public final class TandemCommand {

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tandem " + ToolVersion.current()};
        }
    }
}
