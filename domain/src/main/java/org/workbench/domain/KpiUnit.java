package org.workbench.domain;

/** What a key figure counts, so that the UI can format and scale it (万/亿, K/M/B for money). */
public enum KpiUnit {
    JOBS,
    JOB_YEARS,
    PEOPLE,
    MONEY,
    MONEY_PER_JOB,
    RATIO,
    YEAR,
    INDEX
}
