package org.workbench.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The rules that need more than one item: unique codes, known industries, start years within the horizon. */
final class CrossRules {
    private CrossRules() {}

    static List<DomainProblem> problems(
            ScenarioSettings.Draft settings, List<@Nullable String> industryCodes, List<Incentive.Draft> incentives) {
        List<DomainProblem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        Map<String, Integer> firstIndustry = new HashMap<>();
        for (int i = 0; i < industryCodes.size(); i++) {
            String code = industryCodes.get(i);
            if (code == null || code.isBlank()) {
                continue;
            }
            known.add(code);
            Integer first = firstIndustry.putIfAbsent(code, i);
            if (first != null) {
                problems.add(duplicate(ItemKind.INDUSTRY, code, i, first));
            }
        }
        Integer baseYear = settings.baseYear();
        Integer horizon = settings.horizonYears();
        // Against years that are themselves wrong, every start year would look wrong: say it once, at the settings.
        boolean yearsKnown = baseYear != null
                && horizon != null
                && baseYear >= ScenarioSettings.MIN_BASE_YEAR
                && baseYear <= ScenarioSettings.MAX_BASE_YEAR
                && horizon >= 1
                && horizon <= ScenarioSettings.MAX_HORIZON_YEARS;
        Map<String, Integer> firstIncentive = new HashMap<>();
        for (int i = 0; i < incentives.size(); i++) {
            Incentive.Draft incentive = incentives.get(i);
            String code = incentive.code();
            String item = code == null || code.isBlank() ? null : code;
            if (item != null) {
                Integer first = firstIncentive.putIfAbsent(item, i);
                if (first != null) {
                    problems.add(duplicate(ItemKind.INCENTIVE, item, i, first));
                }
            }
            String industry = incentive.industryCode();
            if (industry != null && !industry.isBlank() && !known.contains(industry)) {
                problems.add(new DomainProblem(
                        "problem.unknownIndustry", List.of(industry), item, "industryCode", ItemKind.INCENTIVE, i));
            }
            Integer start = incentive.startYear();
            if (yearsKnown && start != null && (start <= baseYear || start > baseYear + horizon)) {
                problems.add(new DomainProblem(
                        "problem.startOutsideYears",
                        List.of(baseYear + 1, baseYear + horizon, start),
                        item,
                        "startYear",
                        ItemKind.INCENTIVE,
                        i));
            }
            Integer failure = incentive.failureYear();
            if (yearsKnown && failure != null && failure > baseYear + horizon) {
                problems.add(new DomainProblem(
                        "problem.failureAfterHorizon",
                        List.of(baseYear + horizon, failure),
                        item,
                        "failureYear",
                        ItemKind.INCENTIVE,
                        i));
            }
        }
        return problems;
    }

    private static DomainProblem duplicate(ItemKind kind, String code, int index, int firstIndex) {
        // The first position is 1-based in the message: planners count rows from 1.
        return new DomainProblem("problem.duplicateCode", List.of(code, firstIndex + 1), code, "code", kind, index);
    }
}
