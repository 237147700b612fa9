package org.goveval.server.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.goveval.server.monitoring.ScanState;
import org.goveval.server.monitoring.Scans;
import org.goveval.server.web.ApiDocs;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Read-only JSON for campaigns, their targets and the websites' scans, for the same signed-in roles as the
 * pages (admin, evaluator, expert). The records below are the API's contract, kept apart from the tables' rows
 * so that a new column does not change the API by accident.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "campaigns", description = "Campaigns, targets and their monitoring (login required)")
@SecurityRequirement(name = ApiDocs.SESSION)
@ApiResponse(responseCode = "401", description = "not signed in", content = @Content)
@ApiResponse(
        responseCode = "403",
        description = "signed in with a role that may not read campaigns",
        content = @Content)
public class CampaignApiController {
    /** The largest {@code limit} of a website's scan list. */
    static final int MAX_SCANS = 200;

    @Schema(description = "One scan of one website; counts, verdict and score are null until it is DONE")
    public record ScanSummary(
            long id,
            long websiteId,
            ScanState state,
            OffsetDateTime requestedAt,

            @Schema(description = "the user (or 'system') who asked for the scan")
            String requestedBy,

            @Nullable OffsetDateTime startedAt,
            @Nullable OffsetDateTime finishedAt,

            @Schema(description = "the server node that ran it last") @Nullable
            String node,

            @Schema(description = "how many times a node started it (more than 1 after a node died)")
            int attempts,

            @Nullable Integer pagesCrawled,
            @Nullable Integer linksChecked,
            @Nullable Integer brokenLinks,

            @Schema(description = "the State Council check's verdict: PASS, FAIL or NEEDS_REVIEW") @Nullable
            String verdict,

            @Schema(description = "the State Council check's score") @Nullable
            BigDecimal score,

            @Nullable String error) {
        static ScanSummary of(Scans.Scan s) {
            return new ScanSummary(
                    s.id(),
                    s.websiteId(),
                    s.state(),
                    s.requestedAt(),
                    s.requestedBy(),
                    s.startedAt(),
                    s.finishedAt(),
                    s.node(),
                    s.attempts(),
                    s.pagesCrawled(),
                    s.linksChecked(),
                    s.brokenLinks(),
                    s.verdict(),
                    s.score(),
                    s.error());
        }
    }

    @Schema(description = "A website of a target with its newest scan (null before the first)")
    public record WebsiteSummary(
            long id, String url, boolean portal, @Nullable ScanSummary latestScan) {}

    @Schema(description = "A new-media account of a target (政务新媒体)")
    public record MediaAccountSummary(
            @Schema(description = "WECHAT, WEIBO, APP, MINI_PROGRAM, DOUYIN, KUAISHOU, TOUTIAO or OTHER")
            String platform,

            @Schema(description = "the name the account is published under")
            String name,

            @Schema(description = "the platform's id of the account, when known") @Nullable
            String handle,

            @Schema(description = "a link to the account, when known") @Nullable
            String url) {}

    @Schema(description = "A target of a campaign, with its websites and new-media accounts")
    public record TargetSummary(
            long id,
            String name,
            String kind,

            @Schema(description = "administrative-division code (6 digits)") @Nullable
            String divisionCode,

            @Schema(description = "the State Council's official order, for ministries") @Nullable
            Integer officialOrder,

            List<String> rankingGroups,
            List<WebsiteSummary> websites,
            List<MediaAccountSummary> mediaAccounts) {}

    private final Campaigns campaigns;
    private final Scans scans;
    private final MediaAccounts accounts;

    public CampaignApiController(Campaigns campaigns, Scans scans, MediaAccounts accounts) {
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.scans = scans;
    }

    @GetMapping("/campaigns")
    @Operation(summary = "Every campaign, newest year first")
    @ApiResponse(responseCode = "200", description = "the campaigns")
    public List<Campaigns.Campaign> campaigns() {
        return campaigns.campaigns();
    }

    @GetMapping("/campaigns/{id}")
    @Operation(summary = "One campaign")
    @ApiResponse(responseCode = "200", description = "the campaign")
    @ApiResponse(responseCode = "404", description = "no such campaign", content = @Content)
    public Campaigns.Campaign campaign(@PathVariable @Parameter(description = "campaign id") long id) {
        return campaigns.campaign(id).orElseThrow(() -> notFound("campaign", id));
    }

    @GetMapping("/campaigns/{id}/targets")
    @Operation(
            summary = "A campaign's targets with their websites (each with its newest scan) and new-media accounts",
            description = "Targets in administrative-division order, then official order, then name.")
    @ApiResponse(responseCode = "200", description = "the targets")
    @ApiResponse(responseCode = "404", description = "no such campaign", content = @Content)
    public List<TargetSummary> targets(@PathVariable @Parameter(description = "campaign id") long id) {
        campaigns.campaign(id).orElseThrow(() -> notFound("campaign", id));
        return campaigns.targets(id).stream().map(this::summary).toList();
    }

    @GetMapping("/websites/{id}/scans")
    @Operation(summary = "A website's scans, newest first")
    @ApiResponse(responseCode = "200", description = "the scans")
    @ApiResponse(responseCode = "400", description = "limit outside 1.." + MAX_SCANS, content = @Content)
    @ApiResponse(responseCode = "404", description = "no such website", content = @Content)
    public List<ScanSummary> scans(
            @PathVariable @Parameter(description = "website id") long id,
            @RequestParam(defaultValue = "20") @Parameter(description = "at most this many (1.." + MAX_SCANS + ")")
                    int limit) {
        if (limit < 1 || limit > MAX_SCANS) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "limit must be between 1 and " + MAX_SCANS + ", not " + limit);
        }
        campaigns.website(id).orElseThrow(() -> notFound("website", id));
        return scans.history(id, limit).stream().map(ScanSummary::of).toList();
    }

    private TargetSummary summary(Campaigns.Target target) {
        List<WebsiteSummary> websites = campaigns.websites(target.id()).stream()
                .map(w -> new WebsiteSummary(
                        w.id(),
                        w.url(),
                        w.portal(),
                        scans.latest(w.id()).map(ScanSummary::of).orElse(null)))
                .toList();
        List<String> groups = target.rankingGroups().isEmpty()
                ? List.of()
                : Arrays.asList(target.rankingGroups().split(","));
        return new TargetSummary(
                target.id(),
                target.name(),
                target.kind(),
                target.divisionCode(),
                target.officialOrder(),
                groups,
                websites,
                accounts.of(target.id()).stream()
                        .map(a -> new MediaAccountSummary(a.platform().name(), a.name(), a.handle(), a.url()))
                        .toList());
    }

    private static ResponseStatusException notFound(String what, long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + what + " " + id);
    }
}
