package org.goveval.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.goveval.server.campaign.CampaignState;
import org.goveval.server.monitoring.MonitoringWindow.Status;
import org.junit.jupiter.api.Test;

class MonitoringWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void onlyACampaignInCollectionIsWatchedWhateverItsDates() {
        for (CampaignState state : CampaignState.values()) {
            Status expected = state == CampaignState.COLLECTION ? Status.ACTIVE : Status.NOT_COLLECTING;
            assertThat(MonitoringWindow.status(state, null, null, TODAY))
                    .as(state.name())
                    .isEqualTo(expected);
            assertThat(MonitoringWindow.status(state, TODAY, TODAY.plusDays(1), TODAY))
                    .as(state.name())
                    .isEqualTo(expected);
        }
    }

    @Test
    void theCollectionPeriodRunsFromItsFirstDayToTheDayBeforeReview() {
        CampaignState c = CampaignState.COLLECTION;
        assertThat(MonitoringWindow.status(c, TODAY.plusDays(1), null, TODAY)).isEqualTo(Status.NOT_STARTED);
        assertThat(MonitoringWindow.status(c, TODAY, null, TODAY)).isEqualTo(Status.ACTIVE);
        assertThat(MonitoringWindow.status(c, null, TODAY.plusDays(1), TODAY)).isEqualTo(Status.ACTIVE);
        assertThat(MonitoringWindow.status(c, null, TODAY, TODAY)).isEqualTo(Status.ENDED);
        assertThat(MonitoringWindow.status(c, TODAY.minusDays(30), TODAY.minusDays(1), TODAY))
                .isEqualTo(Status.ENDED);
    }
}
