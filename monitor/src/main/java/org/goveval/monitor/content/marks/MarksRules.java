package org.goveval.monitor.content.marks;

import java.util.regex.Pattern;

/**
 * The well-formed shapes of the marks. Sources: 《政府网站发展指引》 (国办发〔2017〕47号) for the site code
 * (10 characters: digits for local governments, {@code bm} and 8 digits for State Council departments);
 * the MIIT filing format for ICP numbers (province abbreviation, ICP备 or ICP证, digits, 号, optional
 * {@code -n} site suffix); the public-security filing format (province abbreviation, 公网安备, 14 digits, 号).
 */
final class MarksRules {
    private static final Pattern SITE_CODE = Pattern.compile("\\d{10}|bm\\d{8}");
    private static final Pattern ICP = Pattern.compile("\\p{IsHan}ICP[备证]\\d{6,12}号(-\\d{1,3})?");
    private static final Pattern PUBLIC_SECURITY = Pattern.compile("\\p{IsHan}公网安备 ?\\d{14}号");

    private MarksRules() {}

    static boolean siteCode(String code) {
        return SITE_CODE.matcher(code).matches();
    }

    static boolean icp(String icp) {
        return ICP.matcher(icp.replace(" ", "")).matches();
    }

    static boolean publicSecurityRecord(String record) {
        return PUBLIC_SECURITY.matcher(record).matches();
    }
}
