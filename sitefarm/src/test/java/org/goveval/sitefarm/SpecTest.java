package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpecTest {

    @Test
    void testFarmIsDefectsGbkAndClean() {
        FarmSpec spec = FarmSpec.testFarm();
        assertThat(spec.sites()).extracting(SiteSpec::name).containsExactly("defects", "gbk", "clean");
        assertThat(spec.sites().getFirst().defects()).isEqualTo(Defect.all());
        assertThat(spec.sites().getFirst().partner()).hasValue("clean");
        assertThat(spec.slowOk()).isEqualTo(Duration.ofMillis(300));
        assertThat(spec.hang()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void siteSpecRejectsBadValuesNamingThem() {
        assertThatThrownBy(() -> SiteSpec.of("Bad Name", 9, 1)).hasMessageContaining("name");
        assertThatThrownBy(() -> SiteSpec.of("a", 8, 1)).hasMessage("articles must be at least 9: 8");
        assertThatThrownBy(() -> SiteSpec.of("a", 9, 1).withDefects(Set.of(Defect.PARTNER_LINK)))
                .hasMessageContaining("partner is required");
        assertThatThrownBy(() -> SiteSpec.of("a", 9, 1).withPartner("a"))
                .hasMessageContaining("cannot be the site itself");
        assertThatThrownBy(() -> SiteSpec.of("a", 9, 1).withCrawlDelay(Duration.ofNanos(5)))
                .hasMessageContaining("crawlDelay");
    }

    @Test
    void farmSpecChecksNamesPartnersAndDurations() {
        SiteSpec a = SiteSpec.of("a", 9, 1);
        assertThatThrownBy(() -> FarmSpec.of(List.of(a, a))).hasMessage("duplicate site name: a");
        assertThatThrownBy(() -> FarmSpec.of(List.of(a.withPartner("b"))))
                .hasMessage("site a: partner b is not in the farm");
        SiteSpec soft = SiteSpec.of("b", 9, 2).withSoft404Style(Soft404Style.SOFT_200);
        assertThatThrownBy(() -> FarmSpec.of(List.of(a.withPartner("b"), soft)))
                .hasMessage("site a: partner b must answer real 404s");
        assertThatThrownBy(() -> FarmSpec.of(List.of(a)).withHang(Duration.ofMillis(100)))
                .hasMessageContaining("slowOk must lie in [0, hang)");
        assertThatThrownBy(() -> FarmSpec.of(List.of())).hasMessage("sites cannot be empty");
    }
}
