package org.goveval.sitefarm.internal.content;

import java.util.Objects;

/**
 * Who runs a site and the identification marks its footer shows (网站标识码, ICP备案, 公安机关备案).
 *
 * @param city the administrative unit, such as 临溪市
 * @param siteCode the 10-digit 网站标识码
 * @param icp the ICP filing, such as 浙ICP备12345678号
 * @param police the public-security filing, such as 浙公网安备 33010202000001号
 */
public record SiteInfo(String city, String siteCode, String icp, String police, String email, String phone) {
    public SiteInfo {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(icp, "icp");
        Objects.requireNonNull(police, "police");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
    }

    /** The portal's name: 临溪市人民政府. */
    public String siteName() {
        return city + "人民政府";
    }

    /** 主办单位. */
    public String host() {
        return city + "人民政府办公室";
    }

    /** Where the 党政机关 (conac) badge script is served; only inline JavaScript refers to it. */
    public String conacScriptPath() {
        return "/conac/CA" + siteCode + "0002.js";
    }

    /** 承办单位. */
    public String undertaker() {
        return city + "大数据发展管理局";
    }
}
