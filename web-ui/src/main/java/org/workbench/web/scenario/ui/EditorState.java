package org.workbench.web.scenario.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.DomainProblem;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioValidator;

/** What the editor holds: the inputs as typed, checked by the domain as a whole. */
class EditorState {
    final SettingsBean settings;
    final List<IndustryRow> industries;
    final List<IncentiveRow> incentives;

    EditorState(Scenario scenario) {
        settings = SettingsBean.of(scenario.settings());
        industries = new ArrayList<>(
                scenario.industries().stream().map(IndustryRow::of).toList());
        incentives = new ArrayList<>(
                scenario.incentives().stream().map(IncentiveRow::of).toList());
    }

    /** Every problem of the inputs as they stand; empty when they make a valid scenario. */
    List<DomainProblem> problems() {
        return ScenarioValidator.validate(
                settings.toDraft(),
                industries.stream().map(IndustryRow::toDraft).toList(),
                incentives.stream().map(IncentiveRow::toDraft).toList());
    }

    /** The scenario; only call when {@link #problems()} is empty. */
    Scenario toScenario() {
        return ScenarioValidator.toScenario(
                settings.toDraft(),
                industries.stream().map(IndustryRow::toDraft).toList(),
                incentives.stream().map(IncentiveRow::toDraft).toList());
    }

    List<String> industryCodes() {
        return industries.stream()
                .map(IndustryRow::getCode)
                .filter(code -> code != null && !code.isBlank())
                .distinct()
                .toList();
    }

    /** A code like {@code prefix3} that no row uses yet. */
    static String freeCode(String prefix, List<@Nullable String> used) {
        Set<String> taken = used.stream().filter(c -> c != null).collect(Collectors.toSet());
        int n = used.size() + 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }
}
