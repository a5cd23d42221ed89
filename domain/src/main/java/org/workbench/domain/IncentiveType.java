package org.workbench.domain;

/** The six kinds of incentive of the calculation model; each pays out differently. */
public enum IncentiveType {
    EQUITY,
    JOB_SUBSIDY,
    TAX_REBATE,
    LAND_DISCOUNT,
    TALENT_SUBSIDY,
    RD_GRANT
}
