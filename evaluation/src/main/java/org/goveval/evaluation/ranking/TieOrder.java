package org.goveval.evaluation.ranking;

/** What orders equal totals inside a ranking group. */
public enum TieOrder {
    /** By administrative-division code (行政区划代码), smaller first. */
    DIVISION_CODE,
    /** By the State Council's official order of departments. */
    OFFICIAL_ORDER
}
