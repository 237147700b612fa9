package org.goveval.server.targets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goveval.server.campaign.Campaigns;
import org.goveval.server.campaign.MediaAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * What the single-target form sends, as typed. It is checked by the import's own {@link TargetValidator}, as
 * a one-line file, so that a target added or edited here obeys exactly the import's rules and gets the same
 * messages; each problem lands on the field of its column.
 *
 * <p>Websites come as rows of URLs ({@code urls}), blank rows ignored; {@code portal} holds the numbers of the
 * rows (from 0) whose website is a government portal.
 */
public class TargetForm {
    /** Empty website rows the form offers beyond the target's websites. */
    static final int SPARE_ROWS = 2;

    private static final Map<TargetColumn, String> FIELDS = new EnumMap<>(Map.of(
            TargetColumn.NAME, "name",
            TargetColumn.KIND, "kind",
            TargetColumn.DIVISION_CODE, "divisionCode",
            TargetColumn.OFFICIAL_ORDER, "officialOrder",
            TargetColumn.RANKING_GROUPS, "rankingGroups",
            TargetColumn.WEBSITES, "urls",
            TargetColumn.PORTAL, "portal",
            TargetColumn.MEDIA_ACCOUNTS, "accounts"));

    private String name = "";
    private String kind = "";
    private String divisionCode = "";
    private String officialOrder = "";
    private List<String> rankingGroups = new ArrayList<>();
    private List<String> urls = new ArrayList<>();
    private List<String> portal = new ArrayList<>();
    /** New-media accounts, one {@code 平台:名称[:账号]} per line, as the import's column takes them. */
    private String accounts = "";

    static TargetForm of(
            Campaigns.Target target, List<Campaigns.Website> websites, List<MediaAccounts.MediaAccount> accounts) {
        TargetForm form = new TargetForm();
        form.name = target.name();
        form.kind = target.kind();
        form.divisionCode = target.divisionCode() == null ? "" : target.divisionCode();
        form.officialOrder = target.officialOrder() == null ? "" : String.valueOf(target.officialOrder());
        form.rankingGroups = target.rankingGroups().isEmpty()
                ? new ArrayList<>()
                : List.of(target.rankingGroups().split(","));
        form.accounts = accounts.stream()
                .map(MediaAccounts.MediaAccount::describe)
                .collect(java.util.stream.Collectors.joining("\n"));
        for (int i = 0; i < websites.size(); i++) {
            form.urls.add(websites.get(i).url());
            if (websites.get(i).portal()) {
                form.portal.add(String.valueOf(i));
            }
        }
        return form;
    }

    /** The website rows to show: the ones sent (or stored), then {@link #SPARE_ROWS} empty ones. */
    public List<String> rows() {
        List<String> rows = new ArrayList<>(urls);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add("");
        }
        return rows;
    }

    /**
     * The target, checked as the import checks a line of a campaign whose other targets are named {@code
     * otherNames}; or empty, with every problem as a field error ({@code import.*} messages).
     */
    Optional<TargetEntry> check(TargetValidator validator, Set<String> otherNames, Errors errors) {
        List<String> header = new ArrayList<>();
        for (TargetColumn column : TargetColumn.values()) {
            header.add(column.chinese());
        }
        TextTable table = new TextTable("form", header, List.of(new TextTable.Line(2, cells())));
        TargetValidator.Validation validation = validator.validate(table, otherNames);
        for (ImportProblem problem : validation.problems()) {
            Optional<String> field = TargetColumn.byHeader(problem.column() == null ? "" : problem.column())
                    .map(FIELDS::get);
            Object[] args = problem.args().toArray();
            if (field.isPresent()) {
                errors.rejectValue(field.get(), "import." + problem.code(), args, null);
            } else {
                errors.reject("import." + problem.code(), args, null);
            }
        }
        return validation.ok() ? Optional.of(validation.targets().get(0)) : Optional.empty();
    }

    /** The form as a line of a file with every column, in {@link TargetColumn} order. */
    private List<String> cells() {
        List<String> websites = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i) == null ? "" : urls.get(i).strip();
            if (!url.isEmpty()) {
                websites.add(url);
                marks.add(PortalMark.of(portal.contains(String.valueOf(i))));
            }
        }
        return List.of(
                name,
                kind,
                divisionCode,
                officialOrder,
                String.join(";", rankingGroups),
                String.join(";", websites),
                String.join(";", marks),
                String.join(
                        ";",
                        accounts.lines()
                                .map(String::strip)
                                .filter(l -> !l.isEmpty())
                                .toList()));
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name == null ? "" : name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind == null ? "" : kind;
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public void setDivisionCode(@Nullable String divisionCode) {
        this.divisionCode = divisionCode == null ? "" : divisionCode;
    }

    public String getOfficialOrder() {
        return officialOrder;
    }

    public void setOfficialOrder(@Nullable String officialOrder) {
        this.officialOrder = officialOrder == null ? "" : officialOrder;
    }

    public List<String> getRankingGroups() {
        return rankingGroups;
    }

    public void setRankingGroups(@Nullable List<String> rankingGroups) {
        this.rankingGroups = rankingGroups == null ? new ArrayList<>() : new ArrayList<>(rankingGroups);
    }

    public List<String> getUrls() {
        return urls;
    }

    public void setUrls(@Nullable List<String> urls) {
        this.urls = urls == null ? new ArrayList<>() : new ArrayList<>(urls);
    }

    public String getAccounts() {
        return accounts;
    }

    public void setAccounts(@Nullable String accounts) {
        this.accounts = accounts == null ? "" : accounts;
    }

    public List<String> getPortal() {
        return portal;
    }

    public void setPortal(@Nullable List<String> portal) {
        this.portal = portal == null ? new ArrayList<>() : new ArrayList<>(portal);
    }
}
