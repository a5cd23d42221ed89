package org.workbench.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Small builders so that each test states only the numbers it is about. */
final class Fixtures {
    private Fixtures() {}

    static ScenarioSettings settings(int baseYear, int horizon, double discountRate) {
        return settings(baseYear, horizon, discountRate, 1.0, 0.0, 0.0);
    }

    static ScenarioSettings settings(
            int baseYear, int horizon, double discountRate, double household, double inMigrant, double serviceCost) {
        return new ScenarioSettings(
                "Test", null, baseYear, horizon, discountRate, household, inMigrant, serviceCost, "CNY", null);
    }

    /** An industry with no growth, no wage, no tax, multiplier 1, no displacement: the simplest to reason about. */
    static Industry industry(String code) {
        return new Industry(code, code, 0, 100_000, 0, 0, 0, 1, 0);
    }

    static Industry industry(
            String code, double valueAdded, double growth, double wage, double tax, double multiplier, double disp) {
        return new Industry(code, code, 0, valueAdded, growth, wage, tax, multiplier, disp);
    }

    static IncentiveBuilder incentive(String code, IncentiveType type, String industry, int start) {
        return new IncentiveBuilder(code, type, industry, start);
    }

    static Scenario scenario(ScenarioSettings settings, List<Industry> industries, List<Incentive> incentives) {
        return new Scenario(settings, industries, incentives);
    }

    static final class IncentiveBuilder {
        private final String code;
        private final IncentiveType type;
        private final String industry;
        private final int start;
        private int duration = 1;
        private double jobs;
        private int ramp = 1;
        private double butFor = 1;
        private double amount;
        private double talents;
        private @Nullable Integer exitYear;
        private @Nullable Double exitMultiple;

        IncentiveBuilder(String code, IncentiveType type, String industry, int start) {
            this.code = code;
            this.type = type;
            this.industry = industry;
            this.start = start;
        }

        IncentiveBuilder duration(int years) {
            duration = years;
            return this;
        }

        IncentiveBuilder jobs(double committed) {
            jobs = committed;
            return this;
        }

        IncentiveBuilder ramp(int years) {
            ramp = years;
            return this;
        }

        IncentiveBuilder butFor(double share) {
            butFor = share;
            return this;
        }

        IncentiveBuilder amount(double value) {
            amount = value;
            return this;
        }

        IncentiveBuilder talents(double count) {
            talents = count;
            return this;
        }

        IncentiveBuilder exit(int year, double multiple) {
            exitYear = year;
            exitMultiple = multiple;
            return this;
        }

        Incentive build() {
            return new Incentive(
                    code,
                    code,
                    type,
                    industry,
                    start,
                    duration,
                    jobs,
                    ramp,
                    butFor,
                    amount,
                    talents,
                    exitYear,
                    exitMultiple);
        }
    }
}
