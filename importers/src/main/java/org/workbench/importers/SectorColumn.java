package org.workbench.importers;

import org.jspecify.annotations.Nullable;

/** The columns of sheet Sectors of an input-output table workbook. */
enum SectorColumn implements ColumnDef {
    CODE("Code", "代码", Rule.textLength(1, 200)),
    NAME("Name", "名称", Rule.textLength(1, 200)),
    OUTPUT("Output", "总产出", Rule.above(ValueKind.MONEY, 0)),
    EMPLOYMENT("Employment", "就业人数", Rule.atLeast(ValueKind.NUMBER, 0, Double.NaN)),
    HOUSEHOLD_INCOME("Household income", "劳动者报酬", Rule.atLeast(ValueKind.MONEY, 0, Double.NaN)),
    HOUSEHOLD_CONSUMPTION("Household consumption", "居民消费", Rule.atLeast(ValueKind.MONEY, 0, Double.NaN)),
    REGIONAL_EMPLOYMENT(
            "Regional employment",
            "地区就业人数",
            new Rule(ValueKind.NUMBER, false, 0, true, Double.POSITIVE_INFINITY, true, Double.NaN));

    private final String english;
    private final String chinese;
    private final Rule rule;

    SectorColumn(String english, String chinese, Rule rule) {
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

    /** The column of a field named in a domain table problem, or null. */
    static @Nullable SectorColumn ofField(@Nullable String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "code" -> CODE;
            case "name" -> NAME;
            case "output" -> OUTPUT;
            case "employment" -> EMPLOYMENT;
            case "householdIncome" -> HOUSEHOLD_INCOME;
            case "householdConsumption" -> HOUSEHOLD_CONSUMPTION;
            case "regionalEmployment" -> REGIONAL_EMPLOYMENT;
            default -> null;
        };
    }
}
