package org.workbench.web.scenario.ui;

import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Industry;

/** One row of the industries grid, as typed. Identity, not value, equality: two rows may hold the same values. */
@Getter
@Setter
class IndustryRow {
    private @Nullable String code;
    private @Nullable String name;
    private @Nullable Double baselineJobs;
    private @Nullable Double valueAddedPerJob;
    private @Nullable Double productivityGrowth;
    private @Nullable Double averageWage;
    private @Nullable Double taxRate;
    private @Nullable Double employmentMultiplier;
    private @Nullable Double displacement;

    static IndustryRow of(Industry i) {
        var row = new IndustryRow();
        row.code = i.code();
        row.name = i.name();
        row.baselineJobs = i.baselineJobs();
        row.valueAddedPerJob = i.valueAddedPerJob();
        row.productivityGrowth = i.productivityGrowth();
        row.averageWage = i.averageWage();
        row.taxRate = i.taxRate();
        row.employmentMultiplier = i.employmentMultiplier();
        row.displacement = i.displacement();
        return row;
    }

    /** A new row with the workbook format's defaults and a code not used yet. */
    static IndustryRow blank(String code) {
        var row = new IndustryRow();
        row.code = code;
        row.name = code;
        row.baselineJobs = 0.0;
        row.valueAddedPerJob = 300_000.0;
        row.productivityGrowth = 0.0;
        row.averageWage = 0.0;
        row.taxRate = 0.08;
        row.employmentMultiplier = 1.0;
        row.displacement = 0.0;
        return row;
    }

    Industry.Draft toDraft() {
        return new Industry.Draft(
                SettingsBean.blankToNull(code),
                SettingsBean.blankToNull(name),
                baselineJobs,
                valueAddedPerJob,
                productivityGrowth,
                averageWage,
                taxRate,
                employmentMultiplier,
                displacement);
    }
}
