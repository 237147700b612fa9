package org.goveval.evaluation.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.goveval.evaluation.reference.Division;

/**
 * The ranking groups of the CSTC evaluation and the membership of local governments in them, derived from
 * division codes.
 */
public final class RankingGroups {
    public static final RankingGroup MUNICIPALITY = new RankingGroup("municipality", "直辖市", TieOrder.DIVISION_CODE);
    public static final RankingGroup PROVINCE = new RankingGroup("province", "省/自治区", TieOrder.DIVISION_CODE);
    public static final RankingGroup SUB_PROVINCIAL =
            new RankingGroup("sub-provincial", "副省级城市", TieOrder.DIVISION_CODE);
    public static final RankingGroup PROVINCIAL_CAPITAL =
            new RankingGroup("provincial-capital", "省会城市", TieOrder.DIVISION_CODE);
    public static final RankingGroup PREFECTURE = new RankingGroup("prefecture", "地市", TieOrder.DIVISION_CODE);
    public static final RankingGroup COUNTY = new RankingGroup("county", "区县", TieOrder.DIVISION_CODE);
    public static final RankingGroup MINISTRY_COMPONENT =
            new RankingGroup("ministry-component", "国务院组成部门", TieOrder.OFFICIAL_ORDER);
    public static final RankingGroup MINISTRY_OTHER =
            new RankingGroup("ministry-other", "国务院其他部门", TieOrder.OFFICIAL_ORDER);
    public static final RankingGroup ECONOMIC_ZONE =
            new RankingGroup("economic-zone", "国家级经开区", TieOrder.DIVISION_CODE);
    public static final RankingGroup HIGH_TECH_ZONE =
            new RankingGroup("high-tech-zone", "国家级高新区", TieOrder.DIVISION_CODE);

    private static final List<RankingGroup> ALL = List.of(
            MUNICIPALITY,
            PROVINCE,
            SUB_PROVINCIAL,
            PROVINCIAL_CAPITAL,
            PREFECTURE,
            COUNTY,
            MINISTRY_COMPONENT,
            MINISTRY_OTHER,
            ECONOMIC_ZONE,
            HIGH_TECH_ZONE);

    private static final Set<String> MUNICIPALITIES = Set.of("110000", "120000", "310000", "500000");

    /** The 15 sub-provincial cities (副省级城市). */
    private static final Set<String> SUB_PROVINCIAL_CITIES = Set.of(
            "210100", "210200", "220100", "230100", "320100", "330100", "330200", "350200", "370100", "370200",
            "420100", "440100", "440300", "510100", "610100");

    private RankingGroups() {}

    public static List<RankingGroup> all() {
        return ALL;
    }

    public static Optional<RankingGroup> byId(String id) {
        return ALL.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /**
     * The groups a local government belongs to by its division: 直辖市 or 省/自治区 at province level; at
     * prefecture level 副省级城市 and/or 省会城市 (a capital's code ends in 0100: every provincial capital is
     * the first prefecture of its province in GB/T 2260), and 地市 for every other prefecture-level unit, as
     * in the 2020 tables of seed 001; 区县 at county level.
     */
    public static List<RankingGroup> of(Division division) {
        List<RankingGroup> groups = new ArrayList<>();
        switch (division.level()) {
            case PROVINCE -> groups.add(MUNICIPALITIES.contains(division.code()) ? MUNICIPALITY : PROVINCE);
            case PREFECTURE -> {
                if (SUB_PROVINCIAL_CITIES.contains(division.code())) {
                    groups.add(SUB_PROVINCIAL);
                }
                if (division.code().endsWith("0100")) {
                    groups.add(PROVINCIAL_CAPITAL);
                }
                if (groups.isEmpty()) {
                    groups.add(PREFECTURE);
                }
            }
            case COUNTY -> groups.add(COUNTY);
        }
        return groups;
    }
}
