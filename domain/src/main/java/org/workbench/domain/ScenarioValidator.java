package org.workbench.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Every problem of a whole scenario at once: each field rule of each item, then the rules across items. The importer
 * and the editor call it before building the records, so that a planner sees all that is wrong in one go.
 */
public final class ScenarioValidator {
    private ScenarioValidator() {}

    /**
     * Checks drafts as typed. Missing values that have a default in the workbook format get it first (see the
     * drafts' {@code withDefaults()}); every {@link DomainProblem#index()} is the item's position in its list.
     */
    public static List<DomainProblem> validate(
            ScenarioSettings.Draft settings, List<Industry.Draft> industries, List<Incentive.Draft> incentives) {
        ScenarioSettings.Draft s = settings.withDefaults();
        List<Industry.Draft> inds =
                industries.stream().map(Industry.Draft::withDefaults).toList();
        List<Incentive.Draft> incs =
                incentives.stream().map(Incentive.Draft::withDefaults).toList();
        List<DomainProblem> problems = new ArrayList<>(ScenarioSettings.problems(s));
        for (int i = 0; i < inds.size(); i++) {
            for (DomainProblem p : Industry.problems(inds.get(i))) {
                problems.add(p.at(i));
            }
        }
        for (int i = 0; i < incs.size(); i++) {
            for (DomainProblem p : Incentive.problems(incs.get(i))) {
                problems.add(p.at(i));
            }
        }
        problems.addAll(
                CrossRules.problems(s, inds.stream().map(Industry.Draft::code).toList(), incs));
        return List.copyOf(problems);
    }

    /** Checks records that are valid one by one for the rules across them; empty when the scenario can be built. */
    public static List<DomainProblem> validate(
            ScenarioSettings settings, List<Industry> industries, List<Incentive> incentives) {
        return validate(
                ScenarioSettings.Draft.of(settings),
                industries.stream().map(Industry.Draft::of).toList(),
                incentives.stream().map(Incentive.Draft::of).toList());
    }

    /** The scenario built from drafts, defaults applied; throws with every problem when any rule is broken. */
    public static Scenario toScenario(
            ScenarioSettings.Draft settings, List<Industry.Draft> industries, List<Incentive.Draft> incentives) {
        Rules.throwIfAny(validate(settings, industries, incentives));
        return new Scenario(
                settings.toSettings(),
                industries.stream().map(Industry.Draft::toIndustry).toList(),
                incentives.stream().map(Incentive.Draft::toIncentive).toList());
    }

    /**
     * The problems of ranges against valid records: unknown items, fields that cannot vary for the item's type,
     * duplicates, bounds that break the field's rule or do not enclose its value. Each problem's {@code index} is the
     * range's position in {@code ranges}.
     */
    public static List<DomainProblem> validateRanges(
            ScenarioSettings settings, List<Industry> industries, List<Incentive> incentives, List<InputRange> ranges) {
        return ExtraRules.ranges(settings, industries, incentives, ranges);
    }

    /**
     * The problems of actuals against valid records: unknown incentives, years outside the scenario's years,
     * duplicates. Each problem's {@code index} is the actual's position in {@code actuals}.
     */
    public static List<DomainProblem> validateActuals(
            ScenarioSettings settings, List<Incentive> incentives, List<Actual> actuals) {
        return ExtraRules.actuals(settings, incentives, actuals);
    }
}
