package org.goveval.monitor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The monitoring engine stays plain Java: no Spring, no JDBC, no package cycles (DESIGN.md, STYLE.md). */
class MonitorArchitectureTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.goveval.monitor");

    @Test
    void noSpringNoDatabase() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(ENGINE);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching("org.goveval.monitor.(*)..").should().beFreeOfCycles().check(ENGINE);
    }

    @Test
    void theEngineDoesNotDependOnTheFarm() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.goveval.sitefarm..")
                .check(ENGINE);
        assertThat(ENGINE.contain("org.goveval.monitor.scan.SiteScanner")).isTrue();
    }
}
