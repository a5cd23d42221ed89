package org.workbench.domain;

/** The value of the input a range is about, read from the scenario's records. */
final class ValueOf {
    private ValueOf() {}

    static double of(Scenario s, InputRange range) {
        int index = InputFields.indexOf(range.inputField());
        Object[] values = switch (range.item()) {
            case SETTINGS -> ScenarioSettings.Draft.of(s.settings()).values();
            case INDUSTRY ->
                Industry.Draft.of(s.industries().stream()
                                .filter(i -> i.code().equals(range.code()))
                                .findFirst()
                                .orElseThrow())
                        .values();
            case INCENTIVE ->
                Incentive.Draft.of(s.incentives().stream()
                                .filter(i -> i.code().equals(range.code()))
                                .findFirst()
                                .orElseThrow())
                        .values();
        };
        return ((Number) values[index]).doubleValue();
    }
}
