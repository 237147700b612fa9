package org.goveval.evaluation.reference;

/** The three levels of GB/T 2260 administrative divisions that goveval evaluates. */
public enum DivisionLevel {
    /** 省级: provinces, autonomous regions, municipalities. */
    PROVINCE("province", "省级"),
    /** 地级: prefecture-level cities, prefectures, autonomous prefectures, leagues. */
    PREFECTURE("prefecture", "地级"),
    /** 县级: districts, counties, county-level cities, banners. */
    COUNTY("county", "县级");

    private final String key;
    private final String label;

    DivisionLevel(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    static DivisionLevel ofKey(String key) {
        for (DivisionLevel level : values()) {
            if (level.key.equals(key)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown division level '" + key + "'");
    }
}
