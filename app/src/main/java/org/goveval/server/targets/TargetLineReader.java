package org.goveval.server.targets;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.goveval.evaluation.ranking.RankingGroup;
import org.goveval.evaluation.ranking.RankingGroups;
import org.goveval.evaluation.reference.Division;
import org.goveval.evaluation.reference.DivisionLevel;
import org.goveval.evaluation.reference.Divisions;
import org.goveval.server.campaign.MediaAccounts;
import org.goveval.server.campaign.MediaPlatform;
import org.jspecify.annotations.Nullable;

/**
 * Checks one line of a targets file, value by value, and turns it into a {@link TargetEntry}. Every problem
 * of the line is reported, not only the first, so that a user fixes a file in one pass.
 */
final class TargetLineReader {
    /** The widths of the database columns (V1__server.sql). */
    static final int MAX_NAME = 300;

    static final int MAX_URL = 2000;

    /** The widths of media_account's name and handle (V7__media_accounts.sql). */
    static final int MAX_ACCOUNT = 200;

    /** 平台:名称[:账号], with half- or full-width colons; the account id may itself hold colons. */
    private static final Pattern ACCOUNT_SEPARATOR = Pattern.compile("[:：]");

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；]");

    private final Divisions divisions;
    private final HeaderColumns columns;
    private final String file;

    TargetLineReader(Divisions divisions, HeaderColumns columns, String file) {
        this.divisions = divisions;
        this.columns = columns;
        this.file = file;
    }

    /** The line's target, or empty when the line has problems (added to {@code problems}). */
    Optional<TargetEntry> read(TextTable.Line line, List<ImportProblem> problems) {
        Problems p = new Problems(line.number(), problems);
        columns.unnamedValue(line).ifPresent(n -> p.add(null, "unnamedValue", n));
        String name = name(line, p);
        Optional<TargetKind> kind = kind(line, p);
        String division = kind.map(k -> division(line, k, p)).orElse(null);
        Integer order = officialOrder(line, p);
        List<String> groups = rankingGroups(line, p);
        List<String> urls = websites(line, kind, p);
        // portal marks are matched against the websites as listed, valid or not, so as not to report twice
        List<Boolean> portal =
                portal(line, list(columns.cell(line, TargetColumn.WEBSITES)).size(), p);
        List<MediaAccounts.Account> accounts = accounts(line, p);
        if (p.found || kind.isEmpty()) {
            return Optional.empty();
        }
        List<TargetEntry.Website> websites = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            websites.add(new TargetEntry.Website(urls.get(i), portal.get(i)));
        }
        return Optional.of(new TargetEntry(name, kind.get(), division, order, groups, websites, accounts));
    }

    private String name(TextTable.Line line, Problems p) {
        String name = columns.cell(line, TargetColumn.NAME);
        if (name.isEmpty()) {
            p.add(TargetColumn.NAME, "required");
        } else if (name.length() > MAX_NAME) {
            p.add(TargetColumn.NAME, "nameTooLong", MAX_NAME);
        } else if ("=+-@".indexOf(name.charAt(0)) >= 0) {
            // an export opened in a spreadsheet would run it as a formula
            p.add(TargetColumn.NAME, "formula", name);
        }
        return name;
    }

    private Optional<TargetKind> kind(TextTable.Line line, Problems p) {
        String text = columns.cell(line, TargetColumn.KIND);
        if (text.isEmpty()) {
            p.add(TargetColumn.KIND, "required");
            return Optional.empty();
        }
        Optional<TargetKind> kind = TargetKind.parse(text);
        if (kind.isEmpty()) {
            p.add(TargetColumn.KIND, "unknownKind", text, TargetKind.listing());
        }
        return kind;
    }

    private @Nullable String division(TextTable.Line line, TargetKind kind, Problems p) {
        String code = columns.cell(line, TargetColumn.DIVISION_CODE);
        if (code.isEmpty()) {
            if (kind.needsDivision()) {
                p.add(TargetColumn.DIVISION_CODE, "divisionRequired", kindName(kind));
            }
            return null;
        }
        if (!SIX_DIGITS.matcher(code).matches()) {
            p.add(TargetColumn.DIVISION_CODE, "notSixDigits", code);
            return null;
        }
        Optional<Division> division = divisions.byCode(code);
        if (division.isEmpty()) {
            p.add(TargetColumn.DIVISION_CODE, "unknownDivision", code);
            return null;
        }
        kind.divisionLevel()
                .filter(level -> level != division.get().level())
                .ifPresent(level -> p.add(
                        TargetColumn.DIVISION_CODE,
                        "divisionLevel",
                        code,
                        division.get().name(),
                        levelName(division.get().level()),
                        kindName(kind),
                        levelName(level)));
        return code;
    }

    private @Nullable Integer officialOrder(TextTable.Line line, Problems p) {
        String text = columns.cell(line, TargetColumn.OFFICIAL_ORDER);
        if (text.isEmpty()) {
            return null;
        }
        try {
            int order = Integer.parseInt(text);
            if (order >= 1) {
                return order;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number under 1
        }
        p.add(TargetColumn.OFFICIAL_ORDER, "officialOrder", text);
        return null;
    }

    private List<String> rankingGroups(TextTable.Line line, Problems p) {
        List<String> ids = new ArrayList<>();
        for (String item : list(columns.cell(line, TargetColumn.RANKING_GROUPS))) {
            Optional<RankingGroup> group = RankingGroups.all().stream()
                    .filter(g -> g.id().equals(item.toLowerCase(Locale.ROOT))
                            || g.name().equals(item))
                    .findFirst();
            if (group.isEmpty()) {
                p.add(TargetColumn.RANKING_GROUPS, "unknownGroup", item, groupIds());
            } else if (ids.contains(group.get().id())) {
                p.add(TargetColumn.RANKING_GROUPS, "listedTwice", item);
            } else {
                ids.add(group.get().id());
            }
        }
        return ids;
    }

    private List<String> websites(TextTable.Line line, Optional<TargetKind> kind, Problems p) {
        List<String> listed = list(columns.cell(line, TargetColumn.WEBSITES));
        List<String> urls = new ArrayList<>();
        for (String url : listed) {
            if (url.length() > MAX_URL) {
                p.add(TargetColumn.WEBSITES, "urlTooLong", MAX_URL);
            } else if (!isWebUrl(url)) {
                p.add(TargetColumn.WEBSITES, "notWebUrl", url);
            } else if (urls.contains(url)) {
                p.add(TargetColumn.WEBSITES, "listedTwice", url);
            } else {
                urls.add(url);
            }
        }
        if (listed.isEmpty() && kind.filter(TargetKind::needsWebsite).isPresent()) {
            p.add(TargetColumn.WEBSITES, "websiteNeeded", kindName(kind.get()));
        }
        return urls;
    }

    /** {@code 平台:名称[:账号]} items: a known platform, a name, an optional account id; no account twice. */
    private List<MediaAccounts.Account> accounts(TextTable.Line line, Problems p) {
        List<MediaAccounts.Account> accounts = new ArrayList<>();
        for (String item : list(columns.cell(line, TargetColumn.MEDIA_ACCOUNTS))) {
            String[] parts = ACCOUNT_SEPARATOR.split(item, 3);
            String name = parts.length < 2 ? "" : parts[1].strip();
            String handle = parts.length < 3 ? "" : parts[2].strip();
            if (name.isEmpty()) {
                p.add(TargetColumn.MEDIA_ACCOUNTS, "accountFormat", item);
                continue;
            }
            Optional<MediaPlatform> platform = MediaPlatform.parse(parts[0]);
            if (platform.isEmpty()) {
                p.add(TargetColumn.MEDIA_ACCOUNTS, "unknownPlatform", parts[0].strip(), MediaPlatform.accepted());
            } else if (name.length() > MAX_ACCOUNT || handle.length() > MAX_ACCOUNT) {
                p.add(TargetColumn.MEDIA_ACCOUNTS, "accountTooLong", item, MAX_ACCOUNT);
            } else if (accounts.stream()
                    .anyMatch(a -> a.platform() == platform.get() && a.name().equals(name))) {
                p.add(TargetColumn.MEDIA_ACCOUNTS, "listedTwice", item);
            } else {
                accounts.add(new MediaAccounts.Account(platform.get(), name, handle.isEmpty() ? null : handle));
            }
        }
        return accounts;
    }

    /** One mark for every website, or one per website; blank means no portal. */
    private List<Boolean> portal(TextTable.Line line, int websites, Problems p) {
        List<String> texts = list(columns.cell(line, TargetColumn.PORTAL));
        List<Boolean> marks = new ArrayList<>();
        for (String text : texts) {
            Optional<Boolean> mark = PortalMark.parse(text);
            if (mark.isEmpty()) {
                p.add(TargetColumn.PORTAL, "badPortal", text);
            }
            marks.add(mark.orElse(false));
        }
        if (!marks.isEmpty() && websites == 0) {
            p.add(TargetColumn.PORTAL, "portalWithoutWebsite");
        } else if (marks.size() > 1 && marks.size() != websites) {
            p.add(TargetColumn.PORTAL, "portalCount", marks.size(), websites);
        }
        List<Boolean> each = new ArrayList<>();
        for (int i = 0; i < websites; i++) {
            each.add(marks.size() == websites ? marks.get(i) : marks.size() == 1 && marks.get(0));
        }
        return each;
    }

    static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute()
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static List<String> list(String cell) {
        return LIST_SEPARATOR
                .splitAsStream(cell)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** A kind as the user's language names it in a problem ({@code kind.COUNTY}). */
    private static Object kindName(TargetKind kind) {
        return ImportProblem.key("kind." + kind.name());
    }

    private static Object levelName(DivisionLevel level) {
        return ImportProblem.key("divisionLevel." + level.name());
    }

    private static String groupIds() {
        return RankingGroups.all().stream().map(RankingGroup::id).collect(Collectors.joining(", "));
    }

    /** The problems of one line, named by the column as the file's header writes it. */
    private final class Problems {
        private final int line;
        private final List<ImportProblem> sink;
        private boolean found;

        Problems(int line, List<ImportProblem> sink) {
            this.line = line;
            this.sink = sink;
        }

        void add(@Nullable TargetColumn column, String code, Object... args) {
            sink.add(ImportProblem.of(file, line, column == null ? null : columns.name(column), code, args));
            found = true;
        }
    }
}
