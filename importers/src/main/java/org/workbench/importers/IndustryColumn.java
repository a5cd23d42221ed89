package org.workbench.importers;

/** The columns of sheet Industries. */
enum IndustryColumn implements ColumnDef {
    CODE("Code", "代码", Rule.text(true)),
    NAME("Name", "名称", Rule.text(true)),
    BASELINE_JOBS("Baseline jobs", "基准就业", Rule.atLeast(ValueKind.NUMBER, 0, 0)),
    VALUE_ADDED_PER_JOB("Value added per job", "人均增加值", Rule.above(ValueKind.MONEY, 0)),
    PRODUCTIVITY_GROWTH("Productivity growth", "生产率增长", Rule.between(ValueKind.SHARE, -0.5, 1, 0)),
    AVERAGE_WAGE("Average wage", "平均工资", Rule.atLeast(ValueKind.MONEY, 0, 0)),
    TAX_RATE("Tax rate", "税率", Rule.of(ValueKind.SHARE, true, 0, 1)),
    EMPLOYMENT_MULTIPLIER("Employment multiplier", "就业乘数", Rule.atLeast(ValueKind.NUMBER, 1, 1)),
    DISPLACEMENT("Displacement", "挤出比例", Rule.fromBelow(ValueKind.SHARE, 0, 1, 0));

    private final String english;
    private final String chinese;
    private final Rule rule;

    IndustryColumn(String english, String chinese, Rule rule) {
        this.english = english;
        this.chinese = chinese;
        this.rule = rule;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    @Override
    public Rule rule() {
        return rule;
    }

    /** The column for a domain record component name (as in a DomainProblem's field), or null. */
    static @org.jspecify.annotations.Nullable IndustryColumn ofComponent(String component) {
        return switch (component) {
            case "code" -> CODE;
            case "name" -> NAME;
            case "baselineJobs" -> BASELINE_JOBS;
            case "valueAddedPerJob" -> VALUE_ADDED_PER_JOB;
            case "productivityGrowth" -> PRODUCTIVITY_GROWTH;
            case "averageWage" -> AVERAGE_WAGE;
            case "taxRate" -> TAX_RATE;
            case "employmentMultiplier" -> EMPLOYMENT_MULTIPLIER;
            case "displacement" -> DISPLACEMENT;
            default -> null;
        };
    }
}
