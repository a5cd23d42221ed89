package org.workbench.importers;

/** The rows of sheet Scenario, and its two column headers. */
enum ScenarioField implements ColumnDef {
    NAME("Name", "名称", Rule.textLength(1, 200)),
    CITY("City", "城市", Rule.text(false)),
    BASE_YEAR("Base year", "基准年", Rule.of(ValueKind.INTEGER, true, 1950, 2100)),
    HORIZON_YEARS("Horizon years", "预测年数", Rule.of(ValueKind.INTEGER, true, 1, 50)),
    DISCOUNT_RATE("Discount rate", "贴现率", Rule.of(ValueKind.SHARE, true, 0, 1)),
    HOUSEHOLD_SIZE("Household size", "户均人口", Rule.above(ValueKind.NUMBER, 0)),
    IN_MIGRANT_SHARE("In-migrant share", "外来就业比例", Rule.of(ValueKind.SHARE, true, 0, 1)),
    SERVICE_COST_PER_RESIDENT("Service cost per resident", "人均公共服务成本", Rule.atLeast(ValueKind.MONEY, 0, Double.NaN)),
    CURRENCY("Currency", "货币", new Rule(ValueKind.CURRENCY, false, 3, true, 3, true, Double.NaN)),
    DESCRIPTION("Description", "说明", Rule.text(false));

    static final String DEFAULT_CURRENCY = "CNY";
    static final ColumnDef FIELD_HEADER = new Header("Field", "字段");
    static final ColumnDef VALUE_HEADER = new Header("Value", "值");

    private final String english;
    private final String chinese;
    private final Rule rule;

    ScenarioField(String english, String chinese, Rule rule) {
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

    private record Header(String english, String chinese) implements ColumnDef {
        @Override
        public Rule rule() {
            return Rule.text(true);
        }
    }

    /** The column for a domain record component name (as in a DomainProblem's field), or null. */
    static @org.jspecify.annotations.Nullable ScenarioField ofComponent(String component) {
        return switch (component) {
            case "name" -> NAME;
            case "city" -> CITY;
            case "baseYear" -> BASE_YEAR;
            case "horizonYears" -> HORIZON_YEARS;
            case "discountRate" -> DISCOUNT_RATE;
            case "householdSize" -> HOUSEHOLD_SIZE;
            case "inMigrantShare" -> IN_MIGRANT_SHARE;
            case "serviceCostPerResident" -> SERVICE_COST_PER_RESIDENT;
            case "currency" -> CURRENCY;
            case "description" -> DESCRIPTION;
            default -> null;
        };
    }
}
