package org.workbench.web.scenario.ui;

import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;

/** One row of the incentives grid, as typed. */
@Getter
@Setter
class IncentiveRow {
    private @Nullable String code;
    private @Nullable String name;
    private @Nullable IncentiveType type;
    private @Nullable String industryCode;
    private @Nullable Integer startYear;
    private @Nullable Integer durationYears;
    private @Nullable Double committedJobs;
    private @Nullable Integer rampYears;
    private @Nullable Double butForShare;
    private @Nullable Double amount;
    private @Nullable Double talents;
    private @Nullable Integer exitYear;
    private @Nullable Double exitMultiple;

    static IncentiveRow of(Incentive i) {
        var row = new IncentiveRow();
        row.code = i.code();
        row.name = i.name();
        row.type = i.type();
        row.industryCode = i.industryCode();
        row.startYear = i.startYear();
        row.durationYears = i.durationYears();
        row.committedJobs = i.committedJobs();
        row.rampYears = i.rampYears();
        row.butForShare = i.butForShare();
        row.amount = i.amount();
        row.talents = i.talents();
        row.exitYear = i.exitYear();
        row.exitMultiple = i.exitMultiple();
        return row;
    }

    static IncentiveRow blank(String code, @Nullable String industryCode, int startYear) {
        var row = new IncentiveRow();
        row.code = code;
        row.name = code;
        row.type = IncentiveType.JOB_SUBSIDY;
        row.industryCode = industryCode;
        row.startYear = startYear;
        row.durationYears = 1;
        row.committedJobs = 0.0;
        row.rampYears = 1;
        row.butForShare = 0.1;
        row.amount = 0.0;
        row.talents = 0.0;
        return row;
    }

    /**
     * Keeps the type-dependent values consistent with the type: exit year and multiple only for EQUITY (prefilled so
     * the row stays valid), talents only for TALENT_SUBSIDY.
     */
    void adaptToType() {
        if (type == IncentiveType.EQUITY) {
            if (exitYear == null && startYear != null) {
                exitYear = startYear + 5;
            }
            if (exitMultiple == null) {
                exitMultiple = 1.0;
            }
        } else {
            exitYear = null;
            exitMultiple = null;
        }
        if (type != IncentiveType.TALENT_SUBSIDY) {
            talents = 0.0;
        }
    }

    Incentive.Draft toDraft() {
        return new Incentive.Draft(
                SettingsBean.blankToNull(code),
                SettingsBean.blankToNull(name),
                type,
                SettingsBean.blankToNull(industryCode),
                startYear,
                durationYears,
                committedJobs,
                rampYears,
                butForShare,
                amount,
                talents,
                exitYear,
                exitMultiple);
    }
}
