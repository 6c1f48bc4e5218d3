package org.sxbelt.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package layers of docs/ODD.md §1, enforced on the production classes: each layer may use only
 * the layers below it, and no two packages (sub-packages included) depend on each other in a cycle.
 * <pre>
 *   cli, gui                       shells
 *   experiment (and sub-packages)  runs many models, statistics, reports
 *   output, scenario               writers of a run; readers of scenario files
 *   policy                         government programmes plugged into the model
 *   model                          the simulation and its ports
 *   agents                         persons, households, firms, towns
 *   geo                            counties and roads
 *   params                         parameters, scenarios, timed events: the shared vocabulary
 * </pre>
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sxbelt");
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("params").definedBy("org.sxbelt.params..")
                .layer("geo").definedBy("org.sxbelt.geo..")
                .layer("agents").definedBy("org.sxbelt.agents..")
                .layer("model").definedBy("org.sxbelt.model..")
                .layer("policy").definedBy("org.sxbelt.policy..")
                .layer("output").definedBy("org.sxbelt.output..")
                .layer("scenario").definedBy("org.sxbelt.scenario..")
                .layer("experiment").definedBy("org.sxbelt.experiment..")
                .layer("gui").definedBy("org.sxbelt.gui..")
                .layer("cli").definedBy("org.sxbelt.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("gui").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("experiment").mayOnlyBeAccessedByLayers("cli", "gui")
                .whereLayer("scenario").mayOnlyBeAccessedByLayers("experiment", "cli", "gui")
                .whereLayer("output").mayOnlyBeAccessedByLayers("experiment", "cli", "gui")
                .whereLayer("policy").mayOnlyBeAccessedByLayers("experiment", "cli", "gui")
                .whereLayer("model").mayOnlyBeAccessedByLayers("policy", "output", "experiment", "cli", "gui")
                .whereLayer("agents").mayOnlyBeAccessedByLayers("model", "policy", "output", "scenario",
                        "experiment", "cli", "gui")
                .whereLayer("geo").mayOnlyBeAccessedByLayers("agents", "model", "policy", "output", "scenario",
                        "experiment", "cli", "gui")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.sxbelt.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theVocabularyStandsAlone() {
        // params is the bottom layer: it may use the JDK and nothing of ours
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideInAPackage("org.sxbelt.params..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.sxbelt.params..", "java..")
                .check(classes);
    }
}
