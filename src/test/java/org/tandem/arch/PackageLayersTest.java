package org.tandem.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package layering, checked on the compiled main classes. The pipeline stages sit at the bottom
 * (extract → segment → text; align; flag; write), the library's front door {@code org.tandem} above
 * them, the tools built on the front door (review, eval, batch) above that, and the CLI on top.
 * A stage never reaches up: a shared type that two stages need lives in the lower one.
 */
@AnalyzeClasses(packages = "org.tandem", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageLayersTest {
    private static final String[] STAGES = {"Input", "Text", "Segment", "Extract", "Align", "WordAlign", "Flag", "Write"};

    @ArchTest
    static final ArchRule TOP_LEVEL_PACKAGES_HAVE_NO_CYCLES = slices().matching("org.tandem.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Input").definedBy("org.tandem.input..")
            .layer("Text").definedBy("org.tandem.text..")
            .layer("Segment").definedBy("org.tandem.segment..")
            .layer("Extract").definedBy("org.tandem.extract..")
            .layer("Align").definedBy("org.tandem.align..")
            .layer("WordAlign").definedBy("org.tandem.wordalign..")
            .layer("Flag").definedBy("org.tandem.flag..")
            .layer("Write").definedBy("org.tandem.write..")
            .layer("Api").definedBy("org.tandem")
            .layer("Review").definedBy("org.tandem.review..")
            .layer("Eval").definedBy("org.tandem.eval..")
            .layer("Batch").definedBy("org.tandem.batch..")
            .layer("Cli").definedBy("org.tandem.cli..")
            .whereLayer("Input").mayNotAccessAnyLayer()
            .whereLayer("Text").mayOnlyAccessLayers("Input")
            .whereLayer("Segment").mayOnlyAccessLayers("Text", "Input")
            .whereLayer("Extract").mayOnlyAccessLayers("Segment", "Text", "Input")
            .whereLayer("Align").mayOnlyAccessLayers("Segment", "Text", "Input")
            .whereLayer("WordAlign").mayOnlyAccessLayers("Align", "Segment", "Text", "Input")
            .whereLayer("Flag").mayOnlyAccessLayers("WordAlign", "Align", "Segment", "Text", "Input")
            .whereLayer("Write").mayOnlyAccessLayers("Flag", "WordAlign", "Align", "Segment", "Text", "Input")
            .whereLayer("Api").mayOnlyAccessLayers(STAGES)
            .whereLayer("Review").mayOnlyAccessLayers(with(STAGES, "Api"))
            .whereLayer("Eval").mayOnlyAccessLayers(with(STAGES, "Api"))
            .whereLayer("Batch").mayOnlyAccessLayers(with(STAGES, "Api", "Eval", "Review"))
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer();

    private static String[] with(String[] layers, String... more) {
        String[] all = java.util.Arrays.copyOf(layers, layers.length + more.length);
        System.arraycopy(more, 0, all, layers.length, more.length);
        return all;
    }
}
