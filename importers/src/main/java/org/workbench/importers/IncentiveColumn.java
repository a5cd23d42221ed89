package org.workbench.importers;

/** The columns of sheet Incentives. Start year and Exit year are further checked against the scenario. */
enum IncentiveColumn implements ColumnDef {
    CODE("Code", "代码", Rule.text(true)),
    NAME("Name", "名称", Rule.text(true)),
    TYPE("Type", "类型", Rule.plain(ValueKind.TYPE, true)),
    INDUSTRY("Industry", "产业", Rule.text(true)),
    START_YEAR("Start year", "起始年", Rule.plain(ValueKind.YEAR, true)),
    DURATION("Duration", "持续年数", Rule.atLeast(ValueKind.INTEGER, 1, 1)),
    COMMITTED_JOBS("Committed jobs", "承诺就业", Rule.atLeast(ValueKind.NUMBER, 0, 0)),
    RAMP_YEARS("Ramp years", "爬坡年数", Rule.atLeast(ValueKind.INTEGER, 1, 1)),
    BUT_FOR_SHARE("But-for share", "增量比例", Rule.of(ValueKind.SHARE, true, 0, 1)),
    AMOUNT("Amount", "金额", Rule.atLeast(ValueKind.MONEY_OR_SHARE, 0, Double.NaN)),
    TALENTS("Talents", "人才数", Rule.atLeast(ValueKind.NUMBER, 0, 0)),
    EXIT_YEAR("Exit year", "退出年", Rule.plain(ValueKind.YEAR, false)),
    EXIT_MULTIPLE(
            "Exit multiple",
            "退出倍数",
            new Rule(ValueKind.NUMBER, false, 0, true, Double.POSITIVE_INFINITY, true, Double.NaN));

    private final String english;
    private final String chinese;
    private final Rule rule;

    IncentiveColumn(String english, String chinese, Rule rule) {
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
    static @org.jspecify.annotations.Nullable IncentiveColumn ofComponent(String component) {
        return switch (component) {
            case "code" -> CODE;
            case "name" -> NAME;
            case "type" -> TYPE;
            case "industryCode" -> INDUSTRY;
            case "startYear" -> START_YEAR;
            case "durationYears" -> DURATION;
            case "committedJobs" -> COMMITTED_JOBS;
            case "rampYears" -> RAMP_YEARS;
            case "butForShare" -> BUT_FOR_SHARE;
            case "amount" -> AMOUNT;
            case "talents" -> TALENTS;
            case "exitYear" -> EXIT_YEAR;
            case "exitMultiple" -> EXIT_MULTIPLE;
            default -> null;
        };
    }
}
