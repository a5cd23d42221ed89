package org.workbench.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The scenario-wide inputs of the calculation model. Money in whole currency units, shares as fractions.
 *
 * @throws ScenarioInvalidException with every broken rule when a value is out of its range
 */
public record ScenarioSettings(
        String name,
        @Nullable String city,
        int baseYear,
        int horizonYears,
        double discountRate,
        double householdSize,
        double inMigrantShare,
        double serviceCostPerResident,
        String currency,
        @Nullable String description) {

    public static final String DEFAULT_CURRENCY = "CNY";
    public static final int MIN_BASE_YEAR = 1950;
    public static final int MAX_BASE_YEAR = 2100;
    public static final int MAX_HORIZON_YEARS = 50;

    public ScenarioSettings {
        Rules.throwIfAny(problems(Draft.of(
                name,
                city,
                baseYear,
                horizonYears,
                discountRate,
                householdSize,
                inMigrantShare,
                serviceCostPerResident,
                currency,
                description)));
    }

    /** Like the constructor, but a blank currency means {@value #DEFAULT_CURRENCY}. */
    public static ScenarioSettings of(
            String name,
            @Nullable String city,
            int baseYear,
            int horizonYears,
            double discountRate,
            double householdSize,
            double inMigrantShare,
            double serviceCostPerResident,
            @Nullable String currency,
            @Nullable String description) {
        return new ScenarioSettings(
                name,
                city,
                baseYear,
                horizonYears,
                discountRate,
                householdSize,
                inMigrantShare,
                serviceCostPerResident,
                currencyOrDefault(currency),
                description);
    }

    public static String currencyOrDefault(@Nullable String currency) {
        return currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency;
    }

    /** The first year of the results, Y0 + 1. */
    public int firstYear() {
        return baseYear + 1;
    }

    /** The last year of the results, Y0 + H. */
    public int lastYear() {
        return baseYear + horizonYears;
    }

    /** Every rule the values of a draft break, as they stand (a blank currency counts as missing here). */
    public static List<DomainProblem> problems(Draft draft) {
        Rules rules = new Rules(ItemKind.SETTINGS, null);
        rules.name("name", draft.name());
        rules.yearBetween("baseYear", draft.baseYear(), MIN_BASE_YEAR, MAX_BASE_YEAR);
        rules.between("horizonYears", draft.horizonYears(), 1, MAX_HORIZON_YEARS);
        rules.between("discountRate", draft.discountRate(), 0.0, 1.0);
        rules.greaterThan("householdSize", draft.householdSize(), 0.0);
        rules.between("inMigrantShare", draft.inMigrantShare(), 0.0, 1.0);
        rules.atLeast("serviceCostPerResident", draft.serviceCostPerResident(), 0.0);
        rules.currency("currency", draft.currency());
        return rules.problems();
    }

    /**
     * Settings as typed, before validation: any value may be missing or out of range. The importer and the editor
     * fill one, ask {@link ScenarioValidator} for every problem, and only then build the record.
     */
    public record Draft(
            @Nullable String name,
            @Nullable String city,
            @Nullable Integer baseYear,
            @Nullable Integer horizonYears,
            @Nullable Double discountRate,
            @Nullable Double householdSize,
            @Nullable Double inMigrantShare,
            @Nullable Double serviceCostPerResident,
            @Nullable String currency,
            @Nullable String description) {

        static Draft of(
                String name,
                @Nullable String city,
                int baseYear,
                int horizonYears,
                double discountRate,
                double householdSize,
                double inMigrantShare,
                double serviceCostPerResident,
                String currency,
                @Nullable String description) {
            return new Draft(
                    name,
                    city,
                    baseYear,
                    horizonYears,
                    discountRate,
                    householdSize,
                    inMigrantShare,
                    serviceCostPerResident,
                    currency,
                    description);
        }

        public static Draft of(ScenarioSettings settings) {
            return of(
                    settings.name(),
                    settings.city(),
                    settings.baseYear(),
                    settings.horizonYears(),
                    settings.discountRate(),
                    settings.householdSize(),
                    settings.inMigrantShare(),
                    settings.serviceCostPerResident(),
                    settings.currency(),
                    settings.description());
        }

        /** The workbook format's defaults applied: a blank currency is {@value ScenarioSettings#DEFAULT_CURRENCY}. */
        public Draft withDefaults() {
            return new Draft(
                    name,
                    city,
                    baseYear,
                    horizonYears,
                    discountRate,
                    householdSize,
                    inMigrantShare,
                    serviceCostPerResident,
                    currencyOrDefault(currency),
                    description);
        }

        /** The record, defaults applied; throws with every problem when a value breaks a rule. */
        @SuppressWarnings("NullAway") // problems() has checked every required value
        public ScenarioSettings toSettings() {
            Draft d = withDefaults();
            Rules.throwIfAny(problems(d));
            return new ScenarioSettings(
                    d.name,
                    d.city,
                    d.baseYear,
                    d.horizonYears,
                    d.discountRate,
                    d.householdSize,
                    d.inMigrantShare,
                    d.serviceCostPerResident,
                    d.currency,
                    d.description);
        }
    }
}
