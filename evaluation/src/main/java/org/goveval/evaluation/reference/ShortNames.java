package org.goveval.evaluation.reference;

/**
 * The short forms that published tables use for division names: 凉山州 for 凉山彝族自治州, 广西 for
 * 广西壮族自治区. A short form is a prefix of the official name, optionally followed by one character
 * naming its kind.
 */
final class ShortNames {
    private static final String KIND_SUFFIXES = "市区县省州盟旗";

    private ShortNames() {}

    /** The query without a trailing kind character, never shorter than two characters. */
    static String stem(String query) {
        if (query.length() > 2 && KIND_SUFFIXES.indexOf(query.charAt(query.length() - 1)) >= 0) {
            return query.substring(0, query.length() - 1);
        }
        return query;
    }

    /** Whether the query's kind character (if any) agrees with the official name's last character. */
    static boolean sameKind(String query, String officialName) {
        char last = query.charAt(query.length() - 1);
        if (query.length() <= 2 || KIND_SUFFIXES.indexOf(last) < 0) {
            return true;
        }
        return officialName.charAt(officialName.length() - 1) == last || (last == '区' && officialName.endsWith("自治区"));
    }
}
