package org.goveval.evaluation.system;

import java.util.Arrays;
import java.util.Optional;

/** How a scored indicator is assessed; the methods named in seed 003, 二（三）评估方式. */
public enum Assessment {
    /** 系统监测: the monitoring engine measures it. */
    MONITOR("monitor", "系统监测"),
    /** 人工采集: evaluators collect and score it with evidence. */
    MANUAL("manual", "人工采集"),
    /** 依申请公开: evaluators send an information-disclosure request and judge the answer. */
    REQUEST("request", "依申请公开"),
    /** 专家打分: an expert panel scores it. */
    EXPERT("expert", "专家打分"),
    /** 网民评选: the public votes. */
    VOTE("vote", "网民评选");

    private final String key;
    private final String label;

    Assessment(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The spelling used in indicator-system files. */
    public String key() {
        return key;
    }

    /** The Chinese name used in the seed documents. */
    public String label() {
        return label;
    }

    public static Optional<Assessment> ofKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }
}
