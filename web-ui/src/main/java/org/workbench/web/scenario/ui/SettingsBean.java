package org.workbench.web.scenario.ui;

import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.ScenarioSettings;

/** The settings as typed in the form: any value may be missing or out of range until the domain has checked it. */
@Getter
@Setter
class SettingsBean {
    private @Nullable String name;
    private @Nullable String city;
    private @Nullable Integer baseYear;
    private @Nullable Integer horizonYears;
    private @Nullable Double discountRate;
    private @Nullable Double householdSize;
    private @Nullable Double inMigrantShare;
    private @Nullable Double serviceCostPerResident;
    private @Nullable String currency;
    private @Nullable String description;

    static SettingsBean of(ScenarioSettings s) {
        var bean = new SettingsBean();
        bean.name = s.name();
        bean.city = s.city();
        bean.baseYear = s.baseYear();
        bean.horizonYears = s.horizonYears();
        bean.discountRate = s.discountRate();
        bean.householdSize = s.householdSize();
        bean.inMigrantShare = s.inMigrantShare();
        bean.serviceCostPerResident = s.serviceCostPerResident();
        bean.currency = s.currency();
        bean.description = s.description();
        return bean;
    }

    ScenarioSettings.Draft toDraft() {
        return new ScenarioSettings.Draft(
                name,
                blankToNull(city),
                baseYear,
                horizonYears,
                discountRate,
                householdSize,
                inMigrantShare,
                serviceCostPerResident,
                currency,
                blankToNull(description));
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
