package org.goveval.server.targets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.goveval.server.audit.AuditLog;
import org.goveval.server.campaign.Campaigns;
import org.goveval.server.campaign.MediaAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The import's backstop: a name taken between the check and the insert (by another import or the target form)
 * is refused by the database (target_campaign_name) and reported on its line, as the check would have.
 */
class TargetImportTest {
    /** A campaign with no targets when the file is checked, whose database then refuses one name. */
    static final class RacedCampaigns extends Campaigns {
        final List<String> added = new ArrayList<>();
        private final String taken;

        RacedCampaigns(String taken) {
            super(
                    JdbcClient.create(new DriverManagerDataSource()),
                    new AuditLog(JdbcClient.create(new DriverManagerDataSource())));
            this.taken = taken;
        }

        @Override
        public List<Target> targets(long campaignId) {
            return List.of();
        }

        @Override
        public long addTarget(
                String actor,
                long campaignId,
                String name,
                String kind,
                @Nullable String divisionCode,
                @Nullable Integer officialOrder,
                List<String> rankingGroups) {
            if (name.equals(taken)) {
                throw new DuplicateKeyException("target_campaign_name");
            }
            added.add(name);
            return added.size();
        }

        @Override
        public long addWebsite(String actor, long targetId, String url, boolean portal, @Nullable String demoSite) {
            return 0;
        }
    }

    @Test
    void aNameTakenMeanwhileIsReportedOnItsLineAsTheCheckWouldHave() {
        RacedCampaigns campaigns = new RacedCampaigns("西湖区人民政府");
        String csv = """
                名称,类型,行政区划代码,网站

                杭州市人民政府,CITY,330100,https://www.hangzhou.gov.cn/
                西湖区人民政府,COUNTY,330106,https://www.hzxh.gov.cn/
                """;
        // the file lists no new-media account, so the accounts' store is never reached
        MediaAccounts noAccounts = new MediaAccounts(null, null);
        assertThatThrownBy(() -> new TargetImport(campaigns, noAccounts)
                        .importFile("importer", 1, "targets.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        TargetImport.NameTakenMeanwhile.class,
                        e -> org.assertj.core.api.Assertions.assertThat(TargetValidatorTest.chinese(e.problem()))
                                .isEqualTo("targets.csv:4: 名称: “西湖区人民政府”已是本评估活动的评估对象"));
        // no transaction here: in the server the exception rolls back the insert of the line before it
        org.assertj.core.api.Assertions.assertThat(campaigns.added).containsExactly("杭州市人民政府");
    }
}
