package org.goveval.server.targets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.goveval.server.audit.AuditLog;
import org.goveval.server.campaign.Campaigns;
import org.goveval.server.campaign.MediaAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds, edits and removes one target at a time (the target form), each change audited with the target and its
 * websites before and after as JSON.
 *
 * <p>A website that has been scanned is never deleted: its scans (reports, verdicts, the home-page snapshots
 * they compared) are the evidence behind the campaign's results, and deleting them would erase it while keeping
 * them would leave them pointing at nothing. So a target with a scanned website cannot be removed, and an edit
 * cannot drop a scanned website; both are refused and change nothing. A website not yet scanned is deleted
 * together with its availability probes and home-page snapshots: those only ever count through a scan's
 * verdict, so nothing has been judged from them, and since every website is probed within the hour of being
 * added, counting them as history would make a mistyped target impossible to remove. The audit row of the
 * deleted website says how many probes and snapshots went with it.
 */
@Service
public class TargetEdits {
    /** Thrown when another target of the campaign has the name (constraint target_campaign_name). */
    public static final class NameTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String name;

        NameTaken(String name) {
            super("the campaign already has a target named " + name);
            this.name = name;
        }

        public String name() {
            return name;
        }
    }

    /** Thrown when a website to be deleted has been scanned; nothing was changed. */
    public static final class HasHistory extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String url;

        HasHistory(String url) {
            super(url + " has been scanned");
            this.url = url;
        }

        public String url() {
            return url;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Campaigns campaigns;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MediaAccounts accounts;

    public TargetEdits(Campaigns campaigns, JdbcClient jdbc, AuditLog audit, MediaAccounts accounts) {
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The names of a campaign's targets, but for {@code exceptTarget}'s own (null: all of them). */
    Set<String> otherNames(long campaignId, @Nullable Long exceptTarget) {
        return campaigns.targets(campaignId).stream()
                .filter(t -> exceptTarget == null || t.id() != exceptTarget)
                .map(Campaigns.Target::name)
                .collect(Collectors.toSet());
    }

    /** Adds a checked target and its websites; audited as the import audits (target create, website create). */
    @Transactional
    public long add(String actor, long campaignId, TargetEntry entry) {
        long id;
        try {
            id = campaigns.addTarget(
                    actor,
                    campaignId,
                    entry.name(),
                    entry.kind().name(),
                    entry.divisionCode(),
                    entry.officialOrder(),
                    entry.rankingGroups());
        } catch (DuplicateKeyException e) {
            throw new NameTaken(entry.name());
        }
        for (TargetEntry.Website website : entry.websites()) {
            campaigns.addWebsite(actor, id, website.url(), website.portal(), null);
        }
        accounts.replace(actor, id, entry.accounts());
        return id;
    }

    /**
     * Replaces a target's values and websites with {@code entry}'s: websites are matched by URL, so a kept URL
     * keeps its website (and its history), a new one is added and a dropped one deleted.
     *
     * @throws HasHistory when a dropped website has monitoring history
     * @throws NameTaken when another target of the campaign has the new name
     */
    @Transactional
    public void update(String actor, long targetId, TargetEntry entry) {
        Campaigns.Target target = campaigns.target(targetId).orElseThrow();
        String before = json(target, campaigns.websites(targetId));
        List<String> urls =
                entry.websites().stream().map(TargetEntry.Website::url).toList();
        List<Campaigns.Website> dropped = campaigns.websites(targetId).stream()
                .filter(w -> !urls.contains(w.url()))
                .toList();
        lockAndCheck(dropped);
        try {
            jdbc.sql("update target set name = :n, kind = :k, division_code = :d, official_order = :o,"
                            + " ranking_groups = :g where id = :id")
                    .param("n", entry.name())
                    .param("k", entry.kind().name())
                    .param("d", entry.divisionCode())
                    .param("o", entry.officialOrder())
                    .param("g", String.join(",", entry.rankingGroups()))
                    .param("id", targetId)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new NameTaken(entry.name());
        }
        for (Campaigns.Website website : dropped) {
            delete(actor, website);
        }
        for (TargetEntry.Website wanted : entry.websites()) {
            campaigns.websites(targetId).stream()
                    .filter(w -> w.url().equals(wanted.url()))
                    .findFirst()
                    .ifPresentOrElse(
                            kept -> setPortal(actor, kept, wanted.portal()),
                            () -> campaigns.addWebsite(actor, targetId, wanted.url(), wanted.portal(), null));
        }
        accounts.replace(actor, targetId, entry.accounts()); // audited account by account
        String after = json(campaigns.target(targetId).orElseThrow(), campaigns.websites(targetId));
        if (!after.equals(before)) {
            audit.record(actor, "target", String.valueOf(targetId), "update", before, after);
        }
    }

    /**
     * Removes a target and its websites.
     *
     * @throws HasHistory when one of its websites has monitoring history (nothing is removed)
     */
    @Transactional
    public void remove(String actor, long targetId) {
        Campaigns.Target target = campaigns.target(targetId).orElseThrow();
        List<Campaigns.Website> websites = campaigns.websites(targetId);
        lockAndCheck(websites);
        String before = json(target, websites);
        for (Campaigns.Website website : websites) {
            delete(actor, website);
        }
        accounts.removeAll(actor, targetId); // each account's removal audited on its own
        jdbc.sql("delete from target where id = :id").param("id", targetId).update();
        audit.record(actor, "target", String.valueOf(targetId), "delete", before, null);
    }

    /**
     * Locks the websites' rows, so that no probe or scan can refer to them until this transaction ends (a row
     * that refers to a website locks it as well), then refuses if one was scanned.
     */
    private void lockAndCheck(List<Campaigns.Website> websites) {
        for (Campaigns.Website website : websites) {
            jdbc.sql("select id from website where id = :id for update")
                    .param("id", website.id())
                    .query(Long.class)
                    .list();
            if (count("scan", website) > 0) {
                throw new HasHistory(website.url());
            }
        }
    }

    /** Deletes a website that was never scanned, with its probes and home-page snapshots. */
    private void delete(String actor, Campaigns.Website website) {
        long probes = count("probe", website);
        long snapshots = count("homepage_snapshot", website);
        try {
            jdbc.sql("delete from homepage_snapshot where website_id = :w")
                    .param("w", website.id())
                    .update();
            jdbc.sql("delete from probe where website_id = :w")
                    .param("w", website.id())
                    .update();
            jdbc.sql("delete from website where id = :id")
                    .param("id", website.id())
                    .update();
        } catch (DataIntegrityViolationException e) {
            // a row of a table this class does not know (a later migration) still refers to it: keep it
            throw new HasHistory(website.url());
        }
        audit.record(
                actor,
                "website",
                String.valueOf(website.id()),
                "delete",
                website.url() + " (probes: " + probes + ", home-page snapshots: " + snapshots + ")",
                null);
    }

    private long count(String table, Campaigns.Website website) {
        return jdbc.sql("select count(*) from " + table + " where website_id = :w")
                .param("w", website.id())
                .query(Long.class)
                .single();
    }

    private void setPortal(String actor, Campaigns.Website website, boolean portal) {
        if (website.portal() == portal) {
            return;
        }
        jdbc.sql("update website set portal = :p where id = :id")
                .param("p", portal)
                .param("id", website.id())
                .update();
        audit.record(
                actor,
                "website",
                String.valueOf(website.id()),
                "update",
                website.url() + " portal=" + website.portal(),
                website.url() + " portal=" + portal);
    }

    /** A target as the audit log keeps it: its values and its websites in the order they were added. */
    static String json(Campaigns.Target target, List<Campaigns.Website> websites) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        fields.put("campaignId", target.campaignId());
        fields.put("name", target.name());
        fields.put("kind", target.kind());
        fields.put("divisionCode", target.divisionCode());
        fields.put("officialOrder", target.officialOrder());
        fields.put(
                "rankingGroups",
                target.rankingGroups().isEmpty()
                        ? List.of()
                        : List.of(target.rankingGroups().split(",")));
        List<Map<String, Object>> sites = new ArrayList<>();
        for (Campaigns.Website website : websites) {
            Map<String, Object> site = new LinkedHashMap<>();
            site.put("url", website.url());
            site.put("portal", website.portal());
            sites.add(site);
        }
        fields.put("websites", sites);
        return JSON.writeValueAsString(fields);
    }
}
