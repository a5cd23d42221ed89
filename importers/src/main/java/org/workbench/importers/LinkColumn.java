package org.workbench.importers;

/**
 * The cells besides the Sector column that say which stored set and which multiplier a linked industry takes: the
 * set per row on sheet Industries, or once for all rows as a field of sheet Scenario, and the type per row.
 */
enum LinkColumn implements ColumnDef {
    SET("Multiplier set", "乘数集"),
    TYPE("Multiplier type", "乘数类型");

    /** Longest set reference: a set name of 200 code points, a space and a vintage in brackets. */
    static final int MAX_REFERENCE = 220;

    private final String english;
    private final String chinese;

    LinkColumn(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
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
        return new Rule(ValueKind.TEXT, false, 0, true, MAX_REFERENCE, true, Double.NaN);
    }
}
