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
    final FieldRow settings;
    final List<FieldRow> industries;
    final List<FieldRow> incentives;

    EditorState(Scenario scenario) {
        settings = FieldRow.of(scenario.settings());
        industries =
                new ArrayList<>(scenario.industries().stream().map(FieldRow::of).toList());
        incentives =
                new ArrayList<>(scenario.incentives().stream().map(FieldRow::of).toList());
    }

    /** Every problem of the inputs as they stand; empty when they make a valid scenario. */
    List<DomainProblem> problems() {
        return ScenarioValidator.validate(
                settings.toSettingsDraft(),
                industries.stream().map(FieldRow::toIndustryDraft).toList(),
                incentives.stream().map(FieldRow::toIncentiveDraft).toList());
    }

    /** The scenario; only call when {@link #problems()} is empty. */
    Scenario toScenario() {
        return ScenarioValidator.toScenario(
                settings.toSettingsDraft(),
                industries.stream().map(FieldRow::toIndustryDraft).toList(),
                incentives.stream().map(FieldRow::toIncentiveDraft).toList());
    }

    List<String> industryCodes() {
        return codes(industries).stream()
                .filter(code -> code != null && !code.isBlank())
                .distinct()
                .toList();
    }

    static List<@Nullable String> codes(List<FieldRow> rows) {
        return rows.stream().map(row -> row.text("code")).toList();
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
