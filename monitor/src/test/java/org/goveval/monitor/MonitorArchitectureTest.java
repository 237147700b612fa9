package org.goveval.monitor;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.goveval.monitor.content.CrawledPage;
import org.goveval.monitor.fetch.FetchResult;
import org.jsoup.nodes.Element;
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

    /**
     * A site may have 100,000 pages: content checks keep summaries, never a page's response, document or element
     * past its observation (docs/content-checks.md, "Limits on big sites"). Only the page itself and a search
     * form read while the home page is at hand hold them.
     */
    @Test
    void contentChecksKeepNoPage() {
        noFields()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("org.goveval.monitor.content..")
                .and()
                .areDeclaredInClassesThat()
                .doNotHaveFullyQualifiedName("org.goveval.monitor.content.CrawledPage")
                .and()
                .areDeclaredInClassesThat()
                .doNotHaveFullyQualifiedName("org.goveval.monitor.content.functions.SiteSearch$Form")
                .should()
                .haveRawType(assignableTo(FetchResult.class))
                .orShould()
                .haveRawType(assignableTo(Element.class))
                .orShould()
                .haveRawType(assignableTo(CrawledPage.class))
                .check(ENGINE);
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
