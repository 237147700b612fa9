package org.goveval.server.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goveval.server.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Campaigns, their targets and the targets' websites; every change goes to the audit log. */
@Service
public class Campaigns {
    public record Campaign(
            long id,
            int campaignYear,
            String name,
            String systemId,
            CampaignState state,
            @Nullable LocalDate registrationFrom,
            @Nullable LocalDate collectionFrom,
            @Nullable LocalDate reviewFrom,
            @Nullable LocalDate publicationOn) {}

    public record Target(
            long id,
            long campaignId,
            String name,
            String kind,
            @Nullable String divisionCode,
            @Nullable Integer officialOrder,
            String rankingGroups) {}

    public record Website(
            long id,
            long targetId,
            String url,
            boolean portal,
            @Nullable String demoSite) {}

    /** An indicator system a campaign may use (the loaded {@code indicator_system} rows). */
    public record SystemChoice(String id, int systemYear, String name) {}

    /** Thrown when another campaign of the same year already has the name (constraint campaign_year_name). */
    public static final class NameTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NameTaken(int year, String name) {
            super("a campaign of " + year + " is already named " + name);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final AuditLog audit;

    public Campaigns(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public long count() {
        return jdbc.sql("select count(*) from campaign").query(Long.class).single();
    }

    @Transactional
    public long create(String actor, int year, String name, String systemId) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into campaign (campaign_year, name, system_id, state, created_at) values (:y, :n, :s, :st, :t)")
                .param("y", year)
                .param("n", name)
                .param("s", systemId)
                .param("st", CampaignState.INITIAL.name())
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKey().longValue();
        audit.record(actor, "campaign", String.valueOf(id), "create", null, name + " (" + year + ", " + systemId + ")");
        return id;
    }

    @Transactional
    public void schedule(
            String actor,
            long id,
            LocalDate registration,
            LocalDate collection,
            LocalDate review,
            LocalDate publication) {
        if (!(registration.isBefore(collection) && collection.isBefore(review) && review.isBefore(publication))) {
            throw new IllegalArgumentException("schedule: registration < collection < review < publication");
        }
        Campaign before = campaign(id).orElseThrow(() -> new IllegalArgumentException("no campaign " + id));
        jdbc.sql("update campaign set registration_from = :a, collection_from = :b, review_from = :c,"
                        + " publication_on = :d where id = :id")
                .param("a", registration)
                .param("b", collection)
                .param("c", review)
                .param("d", publication)
                .param("id", id)
                .update();
        audit.record(
                actor,
                "campaign",
                String.valueOf(id),
                "schedule",
                before.registrationFrom() + "/" + before.collectionFrom() + "/" + before.reviewFrom() + "/"
                        + before.publicationOn(),
                registration + "/" + collection + "/" + review + "/" + publication);
    }

    /** The indicator systems a campaign may use, newest year first. */
    public List<SystemChoice> systems() {
        return jdbc.sql("select id, system_year, name from indicator_system order by system_year desc, id")
                .query(SystemChoice.class)
                .list();
    }

    /**
     * Creates a campaign from the checked form, in {@link CampaignState#INITIAL}, audited with its values as
     * JSON.
     *
     * @throws NameTaken when the year already has a campaign of that name
     */
    @Transactional
    public long create(String actor, CampaignForm.Values values) {
        requireFreeName(values, null);
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into campaign (campaign_year, name, system_id, state, registration_from, collection_from,"
                            + " review_from, publication_on, created_at) values (:y, :n, :s, :st, :a, :b, :c, :d, :t)")
                    .param("y", values.campaignYear())
                    .param("n", values.name())
                    .param("s", values.systemId())
                    .param("st", CampaignState.INITIAL.name())
                    .param("a", values.registrationFrom())
                    .param("b", values.collectionFrom())
                    .param("c", values.reviewFrom())
                    .param("d", values.publicationOn())
                    .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                    .update(key, "id");
        } catch (DuplicateKeyException e) { // created by someone else between the check and the insert
            throw new NameTaken(values.campaignYear(), values.name());
        }
        long id = key.getKey().longValue();
        audit.record(
                actor,
                "campaign",
                String.valueOf(id),
                "create",
                null,
                json(campaign(id).orElseThrow()));
        return id;
    }

    /**
     * Changes a campaign's year, name, indicator system and schedule (not its state), audited with the values
     * before and after as JSON; a form that changes nothing writes nothing.
     *
     * @throws NameTaken when the year already has another campaign of that name
     */
    @Transactional
    public void update(String actor, long id, CampaignForm.Values values) {
        Campaign before = campaign(id).orElseThrow(() -> new IllegalArgumentException("no campaign " + id));
        requireFreeName(values, id);
        try {
            jdbc.sql("update campaign set campaign_year = :y, name = :n, system_id = :s, registration_from = :a,"
                            + " collection_from = :b, review_from = :c, publication_on = :d where id = :id")
                    .param("y", values.campaignYear())
                    .param("n", values.name())
                    .param("s", values.systemId())
                    .param("a", values.registrationFrom())
                    .param("b", values.collectionFrom())
                    .param("c", values.reviewFrom())
                    .param("d", values.publicationOn())
                    .param("id", id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new NameTaken(values.campaignYear(), values.name());
        }
        Campaign after = campaign(id).orElseThrow();
        if (!after.equals(before)) {
            audit.record(actor, "campaign", String.valueOf(id), "update", json(before), json(after));
        }
    }

    private void requireFreeName(CampaignForm.Values values, @Nullable Long except) {
        long others = jdbc.sql("select count(*) from campaign where campaign_year = :y and name = :n and id <> :id")
                .param("y", values.campaignYear())
                .param("n", values.name())
                .param("id", except == null ? -1L : except)
                .query(Long.class)
                .single();
        if (others > 0) {
            throw new NameTaken(values.campaignYear(), values.name());
        }
    }

    /** A campaign as the audit log keeps it: every field a form changes, and the state. */
    static String json(Campaign c) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        fields.put("campaignYear", c.campaignYear());
        fields.put("name", c.name());
        fields.put("systemId", c.systemId());
        fields.put("state", c.state().name());
        fields.put("registrationFrom", text(c.registrationFrom()));
        fields.put("collectionFrom", text(c.collectionFrom()));
        fields.put("reviewFrom", text(c.reviewFrom()));
        fields.put("publicationOn", text(c.publicationOn()));
        return JSON.writeValueAsString(fields);
    }

    private static @Nullable String text(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Moves a campaign to {@code to}; refused unless the current state allows it. */
    @Transactional
    public void move(String actor, long id, CampaignState to) {
        Campaign campaign = campaign(id).orElseThrow(() -> new IllegalArgumentException("no campaign " + id));
        if (!campaign.state().next().contains(to)) {
            throw new IllegalStateException("campaign " + id + " cannot go from " + campaign.state() + " to " + to
                    + " (allowed: " + campaign.state().next() + ")");
        }
        // only from the state just read: of two admins moving the campaign at once, the second is refused
        int moved = jdbc.sql("update campaign set state = :s where id = :id and state = :from")
                .param("s", to.name())
                .param("id", id)
                .param("from", campaign.state().name())
                .update();
        if (moved != 1) {
            throw new IllegalStateException("campaign " + id + " left " + campaign.state() + " meanwhile");
        }
        audit.record(
                actor, "campaign", String.valueOf(id), "state", campaign.state().name(), to.name());
    }

    public List<Campaign> campaigns() {
        return jdbc.sql(
                        "select id, campaign_year, name, system_id, state, registration_from, collection_from, review_from,"
                                + " publication_on from campaign order by campaign_year desc, id")
                .query(Campaign.class)
                .list();
    }

    public Optional<Campaign> campaign(long id) {
        return jdbc.sql(
                        "select id, campaign_year, name, system_id, state, registration_from, collection_from, review_from,"
                                + " publication_on from campaign where id = :id")
                .param("id", id)
                .query(Campaign.class)
                .optional();
    }

    @Transactional
    public long addTarget(
            String actor,
            long campaignId,
            String name,
            String kind,
            @Nullable String divisionCode,
            @Nullable Integer officialOrder,
            List<String> rankingGroups) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into target (campaign_id, name, kind, division_code, official_order, ranking_groups)"
                        + " values (:c, :n, :k, :d, :o, :g)")
                .param("c", campaignId)
                .param("n", name)
                .param("k", kind)
                .param("d", divisionCode)
                .param("o", officialOrder)
                .param("g", String.join(",", rankingGroups))
                .update(key, "id");
        long id = key.getKey().longValue();
        audit.record(
                actor,
                "target",
                String.valueOf(id),
                "create",
                null,
                name + " [" + kind + "] in campaign " + campaignId);
        return id;
    }

    @Transactional
    public long addWebsite(String actor, long targetId, String url, boolean portal, @Nullable String demoSite) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into website (target_id, url, portal, demo_site) values (:t, :u, :p, :d)")
                .param("t", targetId)
                .param("u", url)
                .param("p", portal)
                .param("d", demoSite)
                .update(key, "id");
        long id = key.getKey().longValue();
        audit.record(actor, "website", String.valueOf(id), "create", null, url);
        return id;
    }

    /** Targets of a campaign in administrative-division order, then official order, then name. */
    public List<Target> targets(long campaignId) {
        return jdbc.sql("select id, campaign_id, name, kind, division_code, official_order, ranking_groups from target"
                        + " where campaign_id = :c order by division_code, official_order, name, id")
                .param("c", campaignId)
                .query(Target.class)
                .list();
    }

    public Optional<Target> target(long id) {
        return jdbc.sql("select id, campaign_id, name, kind, division_code, official_order, ranking_groups from target"
                        + " where id = :id")
                .param("id", id)
                .query(Target.class)
                .optional();
    }

    public List<Website> websites(long targetId) {
        return jdbc.sql("select id, target_id, url, portal, demo_site from website where target_id = :t order by id")
                .param("t", targetId)
                .query(Website.class)
                .list();
    }

    public Optional<Website> website(long id) {
        return jdbc.sql("select id, target_id, url, portal, demo_site from website where id = :id")
                .param("id", id)
                .query(Website.class)
                .optional();
    }

    public List<Long> websiteIds() {
        return jdbc.sql("select id from website order by id").query(Long.class).list();
    }

    public List<Website> demoWebsites() {
        return jdbc.sql("select id, target_id, url, portal, demo_site from website where demo_site is not null")
                .query(Website.class)
                .list();
    }

    /** Points a demo website at where the demo farm serves it in this process (its port changes per start). */
    @Transactional
    public void moveDemoWebsite(long id, String url) {
        jdbc.sql("update website set url = :u where id = :id")
                .param("u", url)
                .param("id", id)
                .update();
    }
}
