package org.goveval.server.demo;

import java.time.LocalDate;
import org.goveval.evaluation.reference.Divisions;
import org.goveval.evaluation.system.IndicatorSystems;
import org.goveval.server.campaign.CampaignState;
import org.goveval.server.campaign.Campaigns;
import org.goveval.server.campaign.MediaAccounts;
import org.goveval.server.monitoring.MonitoringWindow;
import org.goveval.server.results.ResultsStore;
import org.goveval.sitefarm.RunningFarm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first-start demo: the bundled indicator systems and the published 2020 results (always, when the
 * database has none), and, when the demo is on, a campaign whose targets are the demo farm's sites. The
 * farm's ports change at every start, so the demo websites are pointed at this start's ports each time. The
 * demo farm belongs to one node: further nodes on the same database run with the demo off.
 */
@Component
public class DemoLoader {
    static final String CAMPAIGN = "2020年政府网站绩效评估（演示）";
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
    /** Long enough to try every part of the demo (a week of probes for the availability rule) at leisure. */
    private static final int DEMO_COLLECTION_WEEKS = 8;

    private final ResultsStore results;
    private final Campaigns campaigns;
    private final DemoFarm farm;
    private final boolean enabled;
    private final TransactionTemplate transactions;
    private final MonitoringWindow window;
    private final MediaAccounts accounts;

    public DemoLoader(
            ResultsStore results,
            Campaigns campaigns,
            MediaAccounts accounts,
            DemoFarm farm,
            MonitoringWindow window,
            @Value("${goveval.demo.enabled}") boolean enabled,
            PlatformTransactionManager transactions) {
        this.results = results;
        this.campaigns = campaigns;
        this.farm = farm;
        this.window = window;
        this.accounts = accounts;
        this.enabled = enabled;
        this.transactions = new TransactionTemplate(transactions);
    }

    public void load() {
        once("the published results", () -> {
            if (results.isEmpty()) {
                results.importBundled(IndicatorSystems.bundled(), Divisions.bundled());
                LOG.info("loaded the bundled indicator systems and the published 2020 results");
            }
        });
        if (!enabled) {
            return;
        }
        RunningFarm running = farm.farm().orElseThrow();
        once("the demo campaign", () -> createCampaign(running));
        for (Campaigns.Website website : campaigns.demoWebsites()) {
            String url = running.site(website.demoSite()).homepage().toString();
            if (!url.equals(website.url())) {
                campaigns.moveDemoWebsite(website.id(), url);
            }
        }
    }

    /**
     * Runs one loading step in a transaction of its own. Nodes starting together on one database race for
     * it: the loser's insert breaks a key, its transaction rolls back, and the winner's data stands.
     */
    private void once(String what, Runnable step) {
        try {
            transactions.executeWithoutResult(status -> step.run());
        } catch (DataIntegrityViolationException e) {
            LOG.info("{}: another node loaded them first", what);
        }
    }

    private void createCampaign(RunningFarm running) {
        if (campaigns.count() == 0) {
            long campaign = campaigns.create("system", 2020, CAMPAIGN, "cstc-2020-website-local");
            // the 2020 indicator system, but a collection period around the first start: monitoring follows
            // the dates (MonitoringWindow), and the demo is there to be watched now
            LocalDate today = window.today();
            campaigns.schedule(
                    "system",
                    campaign,
                    today.minusWeeks(1),
                    today,
                    today.plusWeeks(DEMO_COLLECTION_WEEKS),
                    today.plusWeeks(DEMO_COLLECTION_WEEKS + 2));
            campaigns.move("system", campaign, CampaignState.REGISTRATION);
            campaigns.move("system", campaign, CampaignState.COLLECTION);
            for (DemoTargets.DemoTarget t : DemoTargets.ALL) {
                long target =
                        campaigns.addTarget("system", campaign, t.name(), t.kind(), t.divisionCode(), null, t.groups());
                campaigns.addWebsite(
                        "system", target, running.site(t.site()).homepage().toString(), t.portal(), t.site());
                for (DemoTargets.DemoAccount a : t.accounts()) {
                    accounts.add("system", target, a.platform(), a.name(), a.handle(), null);
                }
            }
            LOG.info("created the demo campaign with {} targets", DemoTargets.ALL.size());
        }
    }
}
