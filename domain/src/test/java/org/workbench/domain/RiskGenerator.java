package org.workbench.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Version 2 inputs on top of a generated scenario: risks, budgets and ranges that keep every rule. */
final class RiskGenerator {
    private RiskGenerator() {}

    /** Every incentive may fail; ranges on about a third of the rangeable inputs. */
    static Scenario withRisk(Random random, Scenario s) {
        ScenarioSettings settings = s.settings();
        List<Incentive> incentives = new ArrayList<>();
        for (Incentive i : s.incentives()) {
            if (random.nextInt(3) == 0) {
                incentives.add(i);
                continue;
            }
            double probability = random.nextInt(5) == 0 ? 0 : random.nextDouble();
            int failure = i.startYear() + random.nextInt(settings.lastYear() - i.startYear() + 1);
            boolean equity = i.type().hasExit();
            incentives.add(i.withRisk(
                    probability, failure, equity ? random.nextDouble() * 2 : 0, equity ? 0 : random.nextDouble()));
        }
        settings = settings.withRisk(
                random.nextInt(4) == 0 ? 0 : random.nextDouble() * 1e10,
                -0.1 + random.nextDouble() * 0.2,
                random.nextDouble(),
                ScenarioSettings.DEFAULT_DRAWS,
                random.nextInt(),
                random.nextDouble());
        Scenario risky = new Scenario(settings, s.industries(), incentives);
        return risky.with(ranges(random, risky), List.of());
    }

    static List<InputRange> ranges(Random random, Scenario s) {
        List<InputRange> ranges = new ArrayList<>();
        maybe(random, ranges, ItemKind.SETTINGS, null, settingsValues(s.settings()), null);
        for (Industry industry : s.industries()) {
            maybe(
                    random,
                    ranges,
                    ItemKind.INDUSTRY,
                    industry.code(),
                    Industry.Draft.of(industry).values(),
                    null);
        }
        for (Incentive incentive : s.incentives()) {
            maybe(
                    random,
                    ranges,
                    ItemKind.INCENTIVE,
                    incentive.code(),
                    Incentive.Draft.of(incentive).values(),
                    incentive.type());
        }
        return ranges;
    }

    private static Object[] settingsValues(ScenarioSettings settings) {
        return ScenarioSettings.Draft.of(settings).values();
    }

    private static void maybe(
            Random random, List<InputRange> ranges, ItemKind item, String code, Object[] values, IncentiveType type) {
        List<InputField> fields = InputFields.of(item);
        for (int f = 0; f < fields.size(); f++) {
            InputField field = fields.get(f);
            if (!field.rangeable() || !field.appliesTo(type) || random.nextInt(3) != 0) {
                continue;
            }
            double value = ((Number) values[f]).doubleValue();
            Bounds bounds = field.bounds(type);
            double low = value * (1 - 0.3 * random.nextDouble());
            double high = value * (1 + 0.3 * random.nextDouble());
            if (random.nextInt(6) == 0) {
                low = value;
                high = value;
            }
            low = Math.min(value, Math.max(low, bounds.min()));
            high = Math.max(value, Math.min(high, bounds.max()));
            if (!bounds.accepts(low)) {
                low = value;
            }
            if (!bounds.accepts(high)) {
                high = value;
            }
            ranges.add(new InputRange(item, code, field.key(), low, high));
        }
    }

    /** The scenario with one input changed, rebuilt through the drafts so that every rule is checked again. */
    static Scenario with(Scenario s, ItemKind item, String code, String field, Object value) {
        int index = InputFields.indexOf(InputFields.get(item, field));
        ScenarioSettings settings = s.settings();
        List<Industry> industries = new ArrayList<>(s.industries());
        List<Incentive> incentives = new ArrayList<>(s.incentives());
        switch (item) {
            case SETTINGS -> {
                Object[] v = ScenarioSettings.Draft.of(settings).values();
                v[index] = value;
                settings = ScenarioSettings.Draft.ofValues(v).toSettings();
            }
            case INDUSTRY -> {
                for (int j = 0; j < industries.size(); j++) {
                    if (industries.get(j).code().equals(code)) {
                        Object[] v = Industry.Draft.of(industries.get(j)).values();
                        v[index] = value;
                        industries.set(j, Industry.Draft.ofValues(v).toIndustry());
                    }
                }
            }
            case INCENTIVE -> {
                for (int i = 0; i < incentives.size(); i++) {
                    if (incentives.get(i).code().equals(code)) {
                        Object[] v = Incentive.Draft.of(incentives.get(i)).values();
                        v[index] = value;
                        if (field.equals("successProbability") && value.equals(1.0)) {
                            v[InputFields.indexOf(InputFields.get(item, "failureYear"))] = null; // certain now
                        }
                        incentives.set(i, Incentive.Draft.ofValues(v).toIncentive());
                    }
                }
            }
        }
        return new Scenario(settings, industries, incentives);
    }
}
