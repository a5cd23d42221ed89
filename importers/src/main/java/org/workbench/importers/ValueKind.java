package org.workbench.importers;

/** The value types of the format page; they decide what text and which cell formats a cell may carry. */
enum ValueKind {
    TEXT,
    INTEGER,
    /** An integer that is a calendar year: a date cell is read as its year (with a warning). */
    YEAR,
    NUMBER,
    MONEY,
    SHARE,
    /** Amount: money, or a share for TAX_REBATE. */
    MONEY_OR_SHARE,
    TYPE,
    CURRENCY;

    boolean numeric() {
        return this != TEXT && this != TYPE && this != CURRENCY;
    }

    boolean integral() {
        return this == INTEGER || this == YEAR;
    }

    boolean allowsPercent() {
        return this == SHARE || this == MONEY_OR_SHARE;
    }

    boolean allowsScaleWord() {
        return this == NUMBER || this == MONEY || this == MONEY_OR_SHARE;
    }
}
