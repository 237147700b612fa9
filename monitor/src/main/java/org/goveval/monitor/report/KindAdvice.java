package org.goveval.monitor.report;

import java.util.Map;

/** What each kind of finding means and what a webmaster does about it, in Chinese first (the readers'). */
final class KindAdvice {
    record Advice(String title, String meaning, String fix) {}

    private static final Map<String, Advice> ADVICE = Map.ofEntries(
            Map.entry(
                    "HTTP_ERROR",
                    new Advice(
                            "错误状态码 (HTTP error)",
                            "服务器返回4xx/5xx错误状态码，链接指向的页面或文件不存在或无法提供。",
                            "恢复被删除或移动的页面与附件，或修改链接指向新的地址；5xx错误请检查服务器和应用日志。")),
            Map.entry(
                    "SOFT_404",
                    new Advice(
                            "软404 (soft 404)",
                            "服务器返回200，但页面内容显示“页面不存在”，或与网站对不存在地址的应答相同。",
                            "对不存在的地址返回真正的404状态码；修改或删除指向已删除信息的链接。")),
            Map.entry(
                    "DNS_FAILURE",
                    new Advice(
                            "域名无法解析 (DNS failure)", "链接中的域名无法解析，常见于已注销或过期的域名。", "更新或删除指向失效域名的链接；过期域名可能被他人抢注，应尽快处理。")),
            Map.entry(
                    "CONNECTION_FAILED",
                    new Advice("无法连接 (connection failed)", "服务器拒绝连接或连接被重置。", "检查目标服务器是否运行、端口与防火墙设置；外部网站长期无法连接时删除链接。")),
            Map.entry("TIMEOUT", new Advice("超时 (timeout)", "15秒内未能完整打开（国办检查指标的判定时限）。", "检查服务器性能与带宽，优化页面和附件大小。")),
            Map.entry(
                    "TLS_ERROR",
                    new Advice(
                            "证书或加密错误 (TLS error)",
                            "HTTPS握手失败：证书过期、不受信任、域名不符或协议不兼容。",
                            "更换有效证书，确保证书链完整、域名匹配并启用TLS 1.2及以上版本。")),
            Map.entry("REDIRECT_LOOP", new Advice("重定向循环 (redirect loop)", "跳转链回到了已访问过的地址。", "修正服务器或应用的跳转规则。")),
            Map.entry(
                    "TOO_MANY_REDIRECTS",
                    new Advice("跳转次数过多 (too many redirects)", "超过10次跳转仍未到达页面。", "让链接直接指向最终地址，精简跳转规则。")),
            Map.entry(
                    "BLOCKED",
                    new Advice(
                            "拒绝访问 (blocked, 403)",
                            "服务器返回403，扫描结束前再次访问仍为403，可能拒绝了监测程序，也可能对所有人禁止访问。",
                            "确认页面是否应公开；如只拦截监测程序，请将其加入白名单。")),
            Map.entry(
                    "THROTTLED",
                    new Advice("访问受限 (throttled, 429)", "服务器持续返回429（请求过多），重试后仍未放行。", "调整限流策略，使正常访问与监测不受影响。")));

    private KindAdvice() {}

    static Advice of(String kind) {
        return ADVICE.getOrDefault(kind, new Advice(kind, "", ""));
    }
}
