package org.workbench.domain;

/**
 * The six kinds of incentive of the calculation model; each pays out differently. What differs between them for
 * the inputs is said here and nowhere else: fields refer to these rules through a {@link TypeScope}.
 */
public enum IncentiveType {
    EQUITY,
    JOB_SUBSIDY,
    TAX_REBATE,
    LAND_DISCOUNT,
    TALENT_SUBSIDY,
    RD_GRANT;

    /** Whether the city gets money back at an exit: exit year and exit multiple are required, and only here. */
    public boolean hasExit() {
        return this == EQUITY;
    }

    /**
     * Whether a contract may claw back what was paid when the beneficiary fails: every type but a stake, which gets
     * its recovery (liquidation value or buyback) instead.
     */
    public boolean clawsBack() {
        return !hasExit();
    }

    /** Whether the amount is paid per talent: the talents field counts only here. */
    public boolean paysPerTalent() {
        return this == TALENT_SUBSIDY;
    }

    /** Whether the amount is a share (0..1) of the firm's own local tax rather than money. */
    public boolean amountIsShare() {
        return this == TAX_REBATE;
    }
}
