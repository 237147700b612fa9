package org.goveval.server.demo;

import java.util.List;
import org.goveval.server.campaign.MediaPlatform;
import org.jspecify.annotations.Nullable;

/**
 * The demo campaign's targets: made-up units, each served by one farm site. Their ranking groups are ids of
 * {@code RankingGroups} (杭州市 330100 is both sub-provincial and a provincial capital), so that an export of
 * the demo campaign imports again.
 */
final class DemoTargets {
    record DemoTarget(
            String name,
            String kind,
            String divisionCode,
            List<String> groups,
            String site,
            boolean portal,
            List<DemoAccount> accounts) {
        DemoTarget(String name, String kind, String divisionCode, List<String> groups, String site, boolean portal) {
            this(name, kind, divisionCode, groups, site, portal, List.of());
        }
    }

    /** A made-up new-media account of a demo target (the handles are invented, not real accounts). */
    record DemoAccount(
            MediaPlatform platform, String name, @Nullable String handle) {}

    static final List<DemoTarget> ALL = List.of(
            new DemoTarget(
                    "示例省人民政府",
                    "PROVINCE",
                    "330000",
                    List.of("province"),
                    "pass",
                    true,
                    List.of(
                            new DemoAccount(MediaPlatform.WECHAT, "示例省发布", "demo-province-wx"),
                            new DemoAccount(MediaPlatform.WEIBO, "示例省发布", null))),
            new DemoTarget(
                    "示例市人民政府",
                    "CITY",
                    "330100",
                    List.of("sub-provincial", "provincial-capital"),
                    "fail",
                    true,
                    List.of(new DemoAccount(MediaPlatform.APP, "示例市民卡", null))),
            new DemoTarget("示例县人民政府", "COUNTY", "330122", List.of("county"), "defects", true),
            new DemoTarget("示例区人民政府", "COUNTY", "330106", List.of("county"), "gbk", true),
            new DemoTarget("示例市发展和改革委员会", "DEPARTMENT", "330100", List.of(), "clean", false));

    private DemoTargets() {}
}
