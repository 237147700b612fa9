package org.goveval.sitefarm.internal.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.goveval.sitefarm.SiteSpec;

/**
 * Draws a site's structure from its seed and the clock's date: equal seeds and dates give equal plans. Articles
 * go round the site's columns; each column's newest article is {@code ordinal} days old (more when a content defect
 * ages the column, see {@link ColumnAges}) and older ones follow 2–7 days apart; document ids grow with dates, as
 * a CMS numbers them.
 */
public final class SitePlanner {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    /**
     * Every site's newest 政策解读 article ends with outdated official names used historically, which the
     * wording check must not report (原…, a year before the change, the successor named in the sentence).
     */
    public static final String HISTORY = "2018年国务院机构改革后，原国家工商行政管理总局、原国家质量监督检验检疫总局的职责划入国家市场监督管理总局。";

    private SitePlanner() {}

    public static SitePlan plan(SiteSpec spec, LocalDate today) {
        Random random = new Random(spec.seed());
        SiteInfo info = info(spec.seed(), random);
        PathScheme paths = PathScheme.of(spec.layout());
        int base = 1_229_000 + random.nextInt(400);
        List<ColumnKind> kinds = ColumnAges.present(spec.contentDefects());
        Map<ColumnKind, Column> columns = new EnumMap<>(ColumnKind.class);
        for (ColumnKind kind : kinds) {
            int number = base + kind.ordinal() * 3 + 1;
            columns.put(kind, new Column(kind, number, paths.columnPath(kind, number)));
        }
        List<Draft> drafts = drafts(spec, kinds, today, random);
        long id = 58_000 + random.nextInt(1_000);
        Set<String> titles = new HashSet<>();
        List<Article> articles = new ArrayList<>();
        for (Draft slot : drafts) {
            id += 1 + random.nextInt(30);
            Column column = columns.get(slot.kind());
            articles.add(article(info, paths, column, slot, id, titles, random));
        }
        return new SitePlan(info, paths, List.copyOf(columns.values()), articles, today);
    }

    private record Draft(ColumnKind kind, int index, LocalDate date) {}

    /** Articles go round the site's columns; a column's newest is as many days old as its place among the nine. */
    private static List<Draft> drafts(SiteSpec spec, List<ColumnKind> kinds, LocalDate today, Random random) {
        int count = spec.articles();
        LocalDate[] last = new LocalDate[ColumnKind.values().length];
        List<Draft> slots = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            ColumnKind kind = kinds.get(k % kinds.size());
            int c = kind.ordinal();
            last[c] = last[c] == null
                    ? today.minusDays(c + ColumnAges.extraDays(spec.contentDefects(), kind))
                    : last[c].minusDays(2 + random.nextInt(6));
            slots.add(new Draft(kind, k / kinds.size(), last[c]));
        }
        slots.sort(Comparator.comparing(Draft::date)
                .thenComparing(slot -> slot.kind().ordinal()));
        return slots;
    }

    private static Article article(
            SiteInfo info, PathScheme paths, Column column, Draft slot, long id, Set<String> titles, Random random) {
        String topic = Phrases.pick(random, Phrases.TOPICS);
        String title =
                TitleWriter.title(column.kind(), slot.index(), slot.date().getYear(), info.city(), topic, random);
        for (int n = 2; !titles.add(title); n++) {
            title = title + "（" + n + "）";
        }
        String path = paths.articlePath(column, slot.date(), id);
        String folder = paths.directoryOf(path);
        String stamp = COMPACT.format(slot.date());
        Optional<String> picture =
                column.kind() == ColumnKind.NEWS ? Optional.of(folder + "W0" + stamp + id + ".png") : Optional.empty();
        List<String> text = paragraphs(topic, random);
        if (column.kind() == ColumnKind.INTERPRETATION && slot.index() == 0) {
            text.add(HISTORY); // no draw from random: every other article stays as it was
        }
        return new Article(
                column,
                id,
                slot.date(),
                title,
                path,
                text,
                attachments(column.kind(), slot, folder + "P0" + stamp + id, topic),
                picture,
                50 + random.nextInt(2_000));
    }

    private static List<String> paragraphs(String topic, Random random) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(String.format(Locale.ROOT, Phrases.pick(random, Phrases.OPENINGS), topic));
        int middles = 2 + random.nextInt(3);
        List<String> pool = new ArrayList<>(Phrases.MIDDLES);
        for (int i = 0; i < middles; i++) {
            paragraphs.add(pool.remove(random.nextInt(pool.size())));
        }
        paragraphs.add(Phrases.pick(random, Phrases.CLOSINGS));
        return paragraphs;
    }

    private static List<Attachment> attachments(ColumnKind kind, Draft slot, String stem, String topic) {
        int year = slot.date().getYear();
        return switch (kind) {
            case POLICY ->
                List.of(
                        new Attachment(stem + "1.pdf", "附件1：" + topic + "实施方案.pdf", AttachmentType.PDF),
                        new Attachment(stem + "2.doc", "附件2：" + topic + "重点任务分工表.doc", AttachmentType.DOC));
            case NOTICE ->
                slot.index() % 2 == 0
                        ? List.of(new Attachment(
                                stem + "1.xls", "附件：" + year + "年" + topic + "名单.xls", AttachmentType.XLS))
                        : List.of();
            case PLAN ->
                slot.index() == 0
                        ? List.of(new Attachment(stem + "1.zip", "附件：" + topic + "规划图集.zip", AttachmentType.ZIP))
                        : List.of();
            case SERVICE -> List.of(new Attachment(stem + "1.doc", "附件：申请表.doc", AttachmentType.DOC));
            default -> List.of();
        };
    }

    private static SiteInfo info(long seed, Random random) {
        String city = Phrases.CITIES.get((int) Math.floorMod(seed, (long) Phrases.CITIES.size()));
        long serial = 1 + Math.floorMod(seed, 9_999L);
        return new SiteInfo(
                city,
                String.format(Locale.ROOT, "33%02d%06d", 1 + random.nextInt(11), serial),
                String.format(Locale.ROOT, "浙ICP备%08d号", 10_000_000 + random.nextInt(89_999_999)),
                String.format(Locale.ROOT, "浙公网安备 330%03d02%06d号", 100 + random.nextInt(800), serial),
                "zwgk@example.gov.cn",
                String.format(Locale.ROOT, "0571-8%07d", random.nextInt(10_000_000)));
    }
}
