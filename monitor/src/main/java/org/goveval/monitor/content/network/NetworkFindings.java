package org.goveval.monitor.content.network;

import java.util.ArrayList;
import java.util.List;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.Finding.Severity;

/** Turns what the network check saw into findings, each with its evidence. */
final class NetworkFindings {
    static final String CHECK = "network";
    /** At most this many unreachable pages are cited in one finding. */
    static final int MAX_EVIDENCE = 20;

    private final EvidenceStore store;
    private final int warningDays;
    private final List<Finding> findings = new ArrayList<>();

    NetworkFindings(EvidenceStore store, int warningDays) {
        this.store = store;
        this.warningDays = warningDays;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    void ipv6(Ipv6Probe.Facts facts, String home, String host, String server) {
        String dns = "AAAA " + host + " → " + facts.dnsDetail() + "（DNS " + server + "）";
        if (facts.dnsFailed()) {
            add(
                    "IPV6_DNS_FAILED",
                    Severity.NEEDS_REVIEW,
                    "无法查询 " + host + " 的 AAAA 记录，IPv6 支持情况需人工核实",
                    List.of(new Evidence(home, facts.dnsAt().toString(), null, dns, null)));
            return;
        }
        if (facts.addresses().isEmpty()) {
            add(
                    "IPV6_NO_AAAA",
                    Severity.ERROR,
                    "网站域名 " + host + " 没有 AAAA 记录，不支持 IPv6 访问",
                    List.of(new Evidence(home, facts.dnsAt().toString(), null, dns + "，0 条 AAAA 记录", null)));
            return;
        }
        HttpProbe.Seen homeSeen = facts.home();
        if (homeSeen != null && !Ipv6Probe.reachable(homeSeen)) {
            add(
                    "IPV6_HOMEPAGE_UNREACHABLE",
                    Severity.ERROR,
                    "首页无法通过 IPv6 访问（" + homeSeen.address() + "）",
                    List.of(evidence(homeSeen, "IPv6")));
        }
        List<Evidence> failed = facts.pages().stream()
                .filter(seen -> !Ipv6Probe.reachable(seen))
                .limit(MAX_EVIDENCE)
                .map(seen -> evidence(seen, "IPv6"))
                .toList();
        if (!failed.isEmpty()) {
            int unreachable = facts.pages().size() - facts.reachablePages();
            add(
                    "IPV6_PAGES_UNREACHABLE",
                    Severity.WARNING,
                    unreachable + "/" + facts.pages().size() + " 个二级页面无法通过 IPv6 访问",
                    failed);
        }
    }

    void https(HttpsProbe.Facts facts) {
        HttpProbe.Seen https = facts.https();
        if (!facts.handshake()) {
            add("HTTPS_UNAVAILABLE", Severity.ERROR, "首页无法通过 HTTPS 访问", List.of(evidence(https, "HTTPS")));
            return;
        }
        if (!facts.redirects()) {
            add("HTTP_NOT_REDIRECTED", Severity.WARNING, "HTTP 首页未跳转到 HTTPS", List.of(evidence(facts.http(), "HTTP")));
        }
        certificate(facts);
        tls(facts);
        if (facts.available() && facts.hstsMaxAge().filter(age -> age > 0).isEmpty()) {
            String seen = https.response() == null
                    ? "无应答"
                    : https.response().header("strict-transport-security").orElse("无 Strict-Transport-Security 头");
            add(
                    "HSTS_MISSING",
                    Severity.WARNING,
                    "HTTPS 应答未启用 HSTS（Strict-Transport-Security）",
                    List.of(evidence(https, seen)));
        }
    }

    private void certificate(HttpsProbe.Facts facts) {
        ServerCertificate certificate = facts.certificate();
        if (certificate == null) {
            return;
        }
        Evidence evidence = evidence(facts.https(), describe(certificate));
        if (certificate.expired()) {
            add(
                    "CERT_EXPIRED",
                    Severity.ERROR,
                    "HTTPS 证书不在有效期内（有效期至 " + certificate.notAfter() + "）",
                    List.of(evidence));
        } else if (certificate.daysLeft() < warningDays) {
            add(
                    "CERT_EXPIRING",
                    Severity.WARNING,
                    "HTTPS 证书将在 " + certificate.daysLeft() + " 天内到期（" + certificate.notAfter() + "）",
                    List.of(evidence));
        }
        if (!certificate.trusted()) {
            add("CERT_UNTRUSTED", Severity.ERROR, "HTTPS 证书链不受信任：" + certificate.trustProblem(), List.of(evidence));
        }
        if (!certificate.hostnameMatch()) {
            add(
                    "CERT_HOSTNAME_MISMATCH",
                    Severity.ERROR,
                    "HTTPS 证书不包含网站域名 " + facts.https().url().getHost(),
                    List.of(evidence));
        }
    }

    private void tls(HttpsProbe.Facts facts) {
        TlsVersions versions = facts.versions();
        if (versions == null) {
            return;
        }
        List<String> obsolete = new ArrayList<>();
        if (Boolean.TRUE.equals(versions.tls10())) {
            obsolete.add("TLS 1.0");
        }
        if (Boolean.TRUE.equals(versions.tls11())) {
            obsolete.add("TLS 1.1");
        }
        if (!obsolete.isEmpty()) {
            add(
                    "TLS_OBSOLETE_ACCEPTED",
                    Severity.WARNING,
                    "服务器仍接受已废止的 " + String.join("、", obsolete),
                    List.of(evidence(facts.https(), "accepted: " + obsolete)));
        }
        if (!Boolean.TRUE.equals(versions.tls12()) && !Boolean.TRUE.equals(versions.tls13())) {
            add(
                    "TLS_MODERN_MISSING",
                    Severity.ERROR,
                    "服务器不支持 TLS 1.2 或 TLS 1.3",
                    List.of(evidence(
                            facts.https(), "TLS 1.2: " + versions.tls12() + ", TLS 1.3: " + versions.tls13())));
        }
    }

    private static String describe(ServerCertificate certificate) {
        return "subject " + certificate.subject() + "; issuer " + certificate.issuer() + "; names "
                + certificate.names() + "; " + certificate.notBefore() + " – " + certificate.notAfter()
                + "; days left " + certificate.daysLeft();
    }

    /** Evidence of a probe: its answer kept as a copy, or the failure when there was none. */
    private Evidence evidence(HttpProbe.Seen seen, String what) {
        String where = seen.address().isEmpty() ? "" : " [" + seen.address() + "]";
        if (seen.response() == null) {
            String snippet = what + where + ": " + seen.failure();
            return new Evidence(seen.url().toString(), seen.at().toString(), null, snippet, null);
        }
        String snippet = what + where + ": HTTP " + seen.response().status()
                + seen.response().header("location").map(l -> " → " + l).orElse("");
        return store.evidence(seen.asFetchResult().orElseThrow(), seen.url().toString(), snippet);
    }

    private void add(String code, Severity severity, String message, List<Evidence> evidence) {
        findings.add(new Finding(CHECK, code, severity, message, evidence));
    }
}
