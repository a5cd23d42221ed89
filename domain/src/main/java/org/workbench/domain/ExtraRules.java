package org.workbench.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the lists that refer to the items: ranges, actuals and sources. Every problem's {@code index} is the
 * position in the ranges or actuals list (not the item's position), so that a workbook can name the row.
 */
final class ExtraRules {
    private static final RecordShape<ScenarioSettings> SETTINGS = RecordShape.of(ScenarioSettings.class);
    private static final RecordShape<Industry> INDUSTRY = RecordShape.of(Industry.class);
    private static final RecordShape<Incentive> INCENTIVE = RecordShape.of(Incentive.class);

    private ExtraRules() {}

    static List<DomainProblem> ranges(
            ScenarioSettings settings, List<Industry> industries, List<Incentive> incentives, List<InputRange> ranges) {
        Map<String, Industry> industryByCode = new HashMap<>();
        industries.forEach(i -> industryByCode.putIfAbsent(i.code(), i));
        Map<String, Incentive> incentiveByCode = new HashMap<>();
        incentives.forEach(i -> incentiveByCode.putIfAbsent(i.code(), i));
        List<DomainProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < ranges.size(); r++) {
            InputRange range = ranges.get(r);
            String code = range.code();
            InputField field = range.inputField();
            Rules rules = new Rules(range.item(), code);
            @Nullable Object[] values;
            IncentiveType type = null;
            switch (range.item()) {
                case SETTINGS -> values = SETTINGS.values(settings);
                case INDUSTRY -> {
                    Industry industry = code == null ? null : industryByCode.get(code);
                    values = industry == null ? null : INDUSTRY.values(industry);
                }
                case INCENTIVE -> {
                    Incentive incentive = code == null ? null : incentiveByCode.get(code);
                    values = incentive == null ? null : INCENTIVE.values(incentive);
                    type = incentive == null ? null : incentive.type();
                }
                default -> throw new IllegalStateException();
            }
            if (values == null) {
                rules.add(field.key(), "problem.range.unknownItem", String.valueOf(code));
            } else if (!seen.add(range.item() + "\u0000" + code + "\u0000" + field.key())) {
                rules.add(field.key(), "problem.range.duplicate", field.english());
            } else if (type != null && !field.appliesTo(type)) {
                rules.add(field.key(), "problem.range.notForType", type.name());
            } else {
                double value = ((Number) values[InputFields.indexOf(field)]).doubleValue();
                boolean lowKept = rules.number(field, range.low(), type);
                boolean highKept = rules.number(field, range.high(), type);
                if (lowKept && highKept && (range.low() > value || value > range.high())) {
                    rules.add(field.key(), "problem.range.excludesValue", range.low(), range.high(), value);
                }
            }
            for (DomainProblem p : rules.problems()) {
                problems.add(p.at(r));
            }
        }
        return problems;
    }

    static List<DomainProblem> actuals(ScenarioSettings settings, List<Incentive> incentives, List<Actual> actuals) {
        Set<String> codes = new HashSet<>();
        incentives.forEach(i -> codes.add(i.code()));
        Set<String> seen = new HashSet<>();
        List<DomainProblem> problems = new ArrayList<>();
        for (int a = 0; a < actuals.size(); a++) {
            Actual actual = actuals.get(a);
            Rules rules = new Rules(ItemKind.INCENTIVE, actual.incentiveCode());
            int year = actual.year();
            if (!codes.contains(actual.incentiveCode())) {
                rules.add("actual.incentive", "problem.actual.unknownIncentive", actual.incentiveCode());
            }
            if (year < settings.firstYear() || year > settings.lastYear()) {
                rules.add("actual.year", "problem.startOutsideYears", settings.firstYear(), settings.lastYear(), year);
            } else if (!seen.add(actual.incentiveCode() + "\u0000" + year)) {
                rules.add("actual.year", "problem.actual.duplicate", actual.incentiveCode(), year);
            }
            for (DomainProblem p : rules.problems()) {
                problems.add(p.at(a));
            }
        }
        return problems;
    }

    static List<DomainProblem> sources(
            List<Industry> industries, List<Incentive> incentives, List<InputSource> sources) {
        Set<String> industryCodes = new HashSet<>();
        industries.forEach(i -> industryCodes.add(i.code()));
        Set<String> incentiveCodes = new HashSet<>();
        incentives.forEach(i -> incentiveCodes.add(i.code()));
        Set<String> seen = new HashSet<>();
        List<DomainProblem> problems = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            InputSource source = sources.get(s);
            String code = source.code();
            Rules rules = new Rules(source.item(), code);
            boolean known = switch (source.item()) {
                case SETTINGS -> true;
                case INDUSTRY -> industryCodes.contains(code);
                case INCENTIVE -> incentiveCodes.contains(code);
            };
            if (!known) {
                rules.add(source.field(), "problem.source.unknownItem", String.valueOf(code));
            } else if (!seen.add(source.item() + "\u0000" + code + "\u0000" + source.field())) {
                rules.add(
                        source.field(),
                        "problem.source.duplicate",
                        source.inputField().english());
            }
            for (DomainProblem p : rules.problems()) {
                problems.add(p.at(s));
            }
        }
        return problems;
    }
}
