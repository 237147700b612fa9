package org.goveval.monitor.content.govcheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.columns.ColumnCategory;
import org.goveval.monitor.content.columns.ColumnReport;
import org.goveval.monitor.content.functions.FunctionsReport;
import org.goveval.monitor.content.marks.Marks;
import org.goveval.monitor.content.network.NetworkReport;

/**
 * Proposes scores for the CSTC indicators of a {@link CstcMapping} from one site's input, for an evaluator to
 * confirm. An indicator whose input the scan lacks gets no proposal (nothing is guessed).
 */
public final class CstcProposer {
    /** Attachment types a 办事指南 offers as forms. */
    private static final List<String> ATTACHMENTS =
            List.of(".doc", ".docx", ".xls", ".xlsx", ".pdf", ".wps", ".et", ".zip", ".rar");

    private final CstcMapping mapping;

    public CstcProposer(CstcMapping mapping) {
        this.mapping = mapping;
    }

    /** The share (0–1) of an indicator's weight the evidence supports, and that evidence. */
    private record Share(double value, List<Evidence> evidence) {}

    public List<IndicatorProposal> propose(GovCheckInput input, List<CstcTarget> targets) {
        List<CstcTarget> wanted = targets.isEmpty() ? allTargets() : targets;
        List<IndicatorProposal> result = new ArrayList<>();
        for (CstcTarget target : wanted) {
            if (!mapping.columns().containsKey(target.system())
                    || !mapping.columns().get(target.system()).contains(target.column())) {
                throw new IllegalArgumentException("no weight column " + target.column() + " in " + target.system());
            }
            for (CstcMapping.Entry entry : mapping.entries()) {
                BigDecimal max = entry.weights().get(target.column());
                if (!entry.system().equals(target.system()) || max == null) {
                    continue;
                }
                share(entry, input)
                        .ifPresent(s -> result.add(new IndicatorProposal(
                                entry.system(),
                                entry.indicator(),
                                max.multiply(BigDecimal.valueOf(s.value()))
                                        .setScale(2, RoundingMode.HALF_UP)
                                        .doubleValue(),
                                max.doubleValue(),
                                entry.rule().text(),
                                s.evidence(),
                                target.column())));
            }
        }
        return result;
    }

    private List<CstcTarget> allTargets() {
        return mapping.columns().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().map(c -> new CstcTarget(e.getKey(), c)))
                .toList();
    }

    private Optional<Share> share(CstcMapping.Entry entry, GovCheckInput input) {
        EvidenceFor evidence = new EvidenceFor(input);
        return switch (entry.rule()) {
            case DAILY_OPS -> dailyOps(input, evidence);
            case IDENTITY_MARKS -> marks(input, evidence);
            case NAME_DOMAIN -> domain(input, evidence);
            case IPV6 -> ipv6(input, evidence);
            case SMART_SEARCH -> search(input, evidence, entry.points());
            case CONSULT_CHANNEL -> channel(input, evidence);
            case MESSAGE_REPLIES -> replies(input, evidence);
            case FORMS -> forms(input, evidence);
        };
    }

    private static Optional<Share> dailyOps(GovCheckInput input, EvidenceFor evidence) {
        int aspects = 0;
        int passed = 0;
        List<Evidence> cited = new ArrayList<>();
        if (!input.probes().isEmpty()) {
            aspects++;
            long failed =
                    input.probes().stream().filter(p -> p.outcome().isFailure()).count();
            double share = (double) failed / input.probes().size();
            if (share < 0.05) {
                passed++;
            } else {
                cited.add(evidence.site("可用性监测 " + input.probes().size() + " 次，失败 " + failed + " 次"));
            }
        }
        aspects++;
        List<BrokenLink> home =
                input.brokenLinks().stream().filter(BrokenLink::onHomepage).toList();
        if (home.isEmpty()) {
            passed++;
        } else {
            home.forEach(l -> cited.add(evidence.brokenLink(l)));
        }
        aspects++;
        List<Evidence> serious = new ArrayList<>();
        input.wordingErrors().stream()
                .filter(h -> h.category().equals("POLITICAL_EXPRESSION"))
                .forEach(h -> serious.add(h.evidence()));
        input.poisonedLinks().forEach(l -> serious.add(l.evidence()));
        if (serious.isEmpty()) {
            passed++;
        } else {
            cited.addAll(serious);
        }
        if (input.columnsChecked()) {
            aspects++;
            List<ColumnReport> stale = input.columns().stream()
                    .filter(c -> c.category() == ColumnCategory.NEWS
                            || c.category() == ColumnCategory.NOTICE
                            || c.category() == ColumnCategory.POLICY)
                    .filter(c -> c.stale() || c.blank())
                    .toList();
            if (stale.isEmpty()) {
                passed++;
            } else {
                stale.forEach(c -> cited.add(evidence.column(c)));
            }
        }
        return Optional.of(new Share((double) passed / aspects, cited));
    }

    private static Optional<Share> marks(GovCheckInput input, EvidenceFor evidence) {
        Marks m = input.marks();
        if (m == null) {
            return Optional.empty();
        }
        List<Boolean> present = new ArrayList<>(List.of(
                m.sponsor() != null,
                m.conacBadge() != null,
                m.siteCode() != null,
                m.icp() != null,
                m.publicSecurityRecord() != null));
        FunctionsReport f = input.functions();
        if (f != null && f.siteMap() != null) {
            present.add(f.siteMap());
        }
        long found = present.stream().filter(Boolean::booleanValue).count();
        String snippet = "标识规范：具备 " + found + " 项，共 " + present.size() + " 项";
        return Optional.of(new Share((double) found / present.size(), List.of(evidence.site(snippet))));
    }

    private static Optional<Share> domain(GovCheckInput input, EvidenceFor evidence) {
        String host =
                input.site().getHost() == null ? "" : input.site().getHost().toLowerCase(Locale.ROOT);
        boolean gov = host.endsWith(".gov.cn");
        return Optional.of(new Share(gov ? 1 : 0, List.of(evidence.site("网站域名：" + host))));
    }

    private static Optional<Share> ipv6(GovCheckInput input, EvidenceFor evidence) {
        NetworkReport n = input.network();
        if (n == null || n.ipv6Supported() == null) {
            return Optional.empty();
        }
        if (!n.ipv6Supported()) {
            return Optional.of(new Share(0, List.of(evidence.site("首页不支持IPv6访问"))));
        }
        double share = n.ipv6PageShare() == null ? 1 : n.ipv6PageShare();
        return Optional.of(new Share(
                share,
                List.of(evidence.site(
                        "首页支持IPv6访问，二级页面IPv6可达比例 " + String.format(Locale.ROOT, "%.0f%%", share * 100)))));
    }

    private static Optional<Share> search(GovCheckInput input, EvidenceFor evidence, int points) {
        FunctionsReport f = input.functions();
        if (f == null || f.searchPresent() == null) {
            return Optional.empty();
        }
        if (!f.searchPresent()) {
            return Optional.of(new Share(0, List.of(evidence.site("未提供站内搜索"))));
        }
        if (f.searchWorks() == null) {
            return Optional.empty();
        }
        String snippet = f.searchWorks() ? "以首页词语搜索有结果" : "以首页词语搜索无结果";
        return Optional.of(new Share(f.searchWorks() ? 1.0 / Math.max(1, points) : 0, List.of(evidence.site(snippet))));
    }

    private static Optional<Share> channel(GovCheckInput input, EvidenceFor evidence) {
        FunctionsReport f = input.functions();
        if (f == null || f.interactionPresent() == null) {
            return Optional.empty();
        }
        return Optional.of(new Share(
                f.interactionPresent() ? 1 : 0,
                List.of(evidence.site(f.interactionPresent() ? "提供留言咨询入口" : "未发现留言咨询入口"))));
    }

    private static Optional<Share> replies(GovCheckInput input, EvidenceFor evidence) {
        FunctionsReport f = input.functions();
        if (f == null) {
            return Optional.empty();
        }
        if (Boolean.FALSE.equals(f.interactionPresent())) {
            return Optional.of(new Share(0, List.of(evidence.site("未发现留言咨询入口"))));
        }
        if (f.messagesListed() == null) {
            return Optional.empty();
        }
        if (f.messagesListed() == 0 || f.messagesAnsweredShare() == null) {
            return Optional.of(new Share(0, List.of(evidence.site("未公开留言及答复"))));
        }
        double share = Math.max(0, Math.min(1, f.messagesAnsweredShare()));
        return Optional.of(new Share(
                share,
                List.of(evidence.site("公开留言 " + f.messagesListed() + " 条，已答复 "
                        + String.format(Locale.ROOT, "%.0f%%", share * 100)))));
    }

    private static Optional<Share> forms(GovCheckInput input, EvidenceFor evidence) {
        FunctionsReport f = input.functions();
        if (f == null || f.serviceGuides() == null || f.serviceGuides() == 0) {
            return Optional.empty();
        }
        List<Evidence> broken = input.brokenLinks().stream()
                .filter(l -> isAttachment(l.url()))
                .map(evidence::brokenLink)
                .toList();
        if (broken.isEmpty()) {
            return Optional.of(new Share(1, List.of(evidence.site("读取办事指南 " + f.serviceGuides() + " 个，附件链接均可访问"))));
        }
        return Optional.of(new Share(0, broken));
    }

    static boolean isAttachment(String url) {
        String path = url.toLowerCase(Locale.ROOT);
        int cut = path.indexOf('?');
        String bare = cut < 0 ? path : path.substring(0, cut);
        return ATTACHMENTS.stream().anyMatch(bare::endsWith);
    }
}
