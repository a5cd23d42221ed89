package org.workbench.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Actual;
import org.workbench.domain.Bounds;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.InputField;
import org.workbench.domain.InputFields;
import org.workbench.domain.InputRange;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;

/** Random valid scenarios (seeded, so a failure can be replayed), including awkward text. */
final class ScenarioGenerator {
    // text is trimmed on import (hand-typed cells often carry stray spaces), so none starts or ends with blanks
    private static final String[] AWKWARD = {
        "=HYPERLINK(\"http://x\")",
        "+1 cmd",
        "-2+3",
        "@SUM(A1)",
        "合肥新能源",
        "Ｆｕｌｌ width",
        "a, \"quoted\" name",
        "Tab\tinside",
        "plain"
    };

    private final Random random;

    ScenarioGenerator(long seed) {
        this.random = new Random(seed);
    }

    Scenario scenario(int industryCount, int incentiveCount) {
        int baseYear = 1950 + random.nextInt(140);
        int horizon = 1 + random.nextInt(50);
        ScenarioSettings settings = new ScenarioSettings(
                pick() + " " + random.nextInt(1000),
                random.nextBoolean() ? null : "City " + pick(),
                baseYear,
                horizon,
                share(),
                0.5 + random.nextDouble() * 4,
                share(),
                Math.round(random.nextDouble() * 50_000 * 100) / 100.0,
                random.nextBoolean() ? "CNY" : "USD",
                random.nextBoolean() ? null : "Line one\nline two " + pick());
        List<Industry> industries = new ArrayList<>();
        for (int i = 0; i < industryCount; i++) {
            industries.add(new Industry(
                    "I" + i,
                    pick() + " industry " + i,
                    random.nextInt(100_000),
                    1 + random.nextDouble() * 2e6,
                    -0.5 + random.nextDouble() * 1.5,
                    random.nextDouble() * 300_000,
                    share(),
                    1 + random.nextDouble() * 3,
                    random.nextDouble() * 0.99));
        }
        List<Incentive> incentives = new ArrayList<>();
        IncentiveType[] types = IncentiveType.values();
        for (int i = 0; i < incentiveCount; i++) {
            IncentiveType type = types[random.nextInt(types.length)];
            int start = baseYear + 1 + random.nextInt(horizon);
            boolean equity = type == IncentiveType.EQUITY;
            incentives.add(new Incentive(
                    i % 7 == 3 ? "=X" + i : "P" + i,
                    pick() + " " + i,
                    type,
                    "I" + random.nextInt(industryCount),
                    start,
                    1 + random.nextInt(10),
                    random.nextInt(20_000) + random.nextDouble(),
                    1 + random.nextInt(5),
                    share(),
                    type == IncentiveType.TAX_REBATE ? share() : random.nextDouble() * 1e10,
                    type == IncentiveType.TALENT_SUBSIDY ? random.nextInt(500) : 0,
                    equity ? start + 1 + random.nextInt(60) : null,
                    equity ? random.nextDouble() * 6 : null));
        }
        return new Scenario(settings, industries, incentives);
    }

    /**
     * A version 2 scenario: the scenario of {@link #scenario}, with success probabilities and failure years, recovery
     * multiples and clawback shares, ranges on some inputs (each within its field's rule, around its value) and
     * actuals on some incentives.
     */
    Scenario riskyScenario(int industryCount, int incentiveCount) {
        Scenario plain = scenario(industryCount, incentiveCount);
        ScenarioSettings s = plain.settings();
        ScenarioSettings settings = s.withRisk(
                random.nextBoolean() ? 0 : Math.round(random.nextDouble() * 1e11),
                -0.5 + random.nextDouble() * 1.5,
                random.nextDouble(),
                100 + random.nextInt(900),
                random.nextInt(),
                random.nextDouble());
        List<Incentive> incentives = new ArrayList<>();
        for (Incentive i : plain.incentives()) {
            if (random.nextInt(3) == 0) {
                incentives.add(i);
                continue;
            }
            int failure = i.startYear() + random.nextInt(settings.lastYear() - i.startYear() + 1);
            boolean equity = i.type() == IncentiveType.EQUITY;
            incentives.add(i.withRisk(
                    random.nextDouble(),
                    failure,
                    equity ? random.nextDouble() * 2 : 0,
                    equity ? 0 : random.nextDouble()));
        }
        Scenario risky = new Scenario(settings, plain.industries(), incentives);
        List<InputRange> ranges = new ArrayList<>();
        addRanges(
                ranges,
                ItemKind.SETTINGS,
                null,
                ScenarioSettings.Draft.of(settings).values(),
                null);
        for (Industry industry : risky.industries()) {
            addRanges(
                    ranges,
                    ItemKind.INDUSTRY,
                    industry.code(),
                    Industry.Draft.of(industry).values(),
                    null);
        }
        for (Incentive incentive : risky.incentives()) {
            addRanges(
                    ranges,
                    ItemKind.INCENTIVE,
                    incentive.code(),
                    Incentive.Draft.of(incentive).values(),
                    incentive.type());
        }
        List<Actual> actuals = new ArrayList<>();
        for (Incentive incentive : risky.incentives()) {
            if (random.nextBoolean()) {
                continue;
            }
            for (int year = incentive.startYear();
                    year <= Math.min(settings.lastYear(), incentive.startYear() + 2);
                    year++) {
                actuals.add(new Actual(
                        incentive.code(),
                        year,
                        random.nextDouble() * incentive.committedJobs(),
                        random.nextBoolean() ? null : random.nextDouble() * 1e8,
                        random.nextInt(4) == 0 ? random.nextDouble() * 1e7 : null));
            }
        }
        return risky.with(ranges, actuals);
    }

    /** A range on about a third of the item's rangeable fields: some share of the way to each of the field's limits. */
    private void addRanges(
            List<InputRange> ranges,
            ItemKind item,
            @Nullable String code,
            @Nullable Object[] values,
            @Nullable IncentiveType type) {
        for (InputField field : InputFields.of(item)) {
            if (!field.rangeable() || !field.appliesTo(type) || random.nextInt(3) != 0) {
                continue;
            }
            double value = ((Number) values[InputFields.indexOf(field)]).doubleValue();
            Bounds b = field.bounds(type);
            double min = Double.isInfinite(b.min()) ? value - 1 : b.min();
            double max = Double.isInfinite(b.max()) ? value * 2 + 1 : b.max();
            double low = value - (value - min) * random.nextDouble() * 0.9;
            double high = value + (max - value) * random.nextDouble() * 0.9;
            ranges.add(new InputRange(item, code, field.key(), Math.min(low, value), Math.max(high, value)));
        }
    }

    private double share() {
        return random.nextDouble();
    }

    private String pick() {
        return AWKWARD[random.nextInt(AWKWARD.length)];
    }
}
