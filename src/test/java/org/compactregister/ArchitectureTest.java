package org.compactregister;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of the register, kept apart from the first commit on. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.compactregister");
    }

    @Test
    void layersOnlyUseTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Model").definedBy("org.compactregister.model..")
                .layer("Persistence").definedBy("org.compactregister.persistence..")
                .layer("Service").definedBy("org.compactregister.service..")
                .layer("Features").definedBy("org.compactregister.scan..", "org.compactregister.letter..",
                        "org.compactregister.list..", "org.compactregister.io..",
                        "org.compactregister.pdf..", "org.compactregister.form..", "org.compactregister.privacy..")
                .layer("Ui").definedBy("org.compactregister.ui..")
                .layer("Cli").definedBy("org.compactregister.cli..")
                .layer("Launcher").definedBy("org.compactregister")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Features").mayOnlyBeAccessedByLayers("Ui", "Cli", "Launcher")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Features", "Ui", "Cli", "Launcher")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Service", "Features")
                .check(classes);
    }

    @Test
    void modelHasNoJavaFxNoSqlAndNoLibraries() {
        noClasses().that().resideInAPackage("org.compactregister.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jdbi..",
                        "org.h2..", "org.flywaydb..", "org.apache.pdfbox..", "picocli..", "java.awt..")
                .check(classes);
    }

    @Test
    void onlyPersistenceTouchesTheDatabase() {
        noClasses().that().resideOutsideOfPackage("org.compactregister.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.h2..",
                        "org.flywaydb..")
                .because("all SQL, transactions and database files are kept in one place, where they can be "
                        + "read and tested together")
                .check(classes);
    }

    @Test
    void onlyTheUserInterfaceUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.compactregister.ui..", "org.compactregister")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the model, persistence, services and the command line run without a window")
                .check(classes);
    }

    @Test
    void theUserInterfaceNeverTouchesTheDatabase() {
        noClasses().that().resideInAPackage("org.compactregister.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.h2..",
                        "org.flywaydb..", "org.compactregister.persistence..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.compactregister.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("the window reports in dialogs and the log, never on a console")
                .check(classes);
    }
}
