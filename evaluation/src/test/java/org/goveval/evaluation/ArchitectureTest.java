package org.goveval.evaluation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine stays plain Java: no Spring, no JDBC, no package cycles (DESIGN.md, STYLE.md). */
class ArchitectureTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.goveval.evaluation");

    @Test
    void theEngineDoesNotUseSpring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..")
                .check(ENGINE);
    }

    @Test
    void theEngineDoesNotTouchADatabase() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..")
                .check(ENGINE);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching("org.goveval.evaluation.(*)..")
                .should()
                .beFreeOfCycles()
                .check(ENGINE);
    }

    @Test
    void theImportFoundTheEngine() {
        // guards the rules above against passing vacuously on an empty import
        org.assertj.core.api.Assertions.assertThat(ENGINE.contain("org.goveval.evaluation.scoring.Scoring"))
                .isTrue();
    }
}
