package org.workbench.domain;

/**
 * What an input field holds. It decides how a value is typed in the editor, read from a workbook cell and written
 * back: a share is a fraction (0.15 for 15 %), money is in whole currency units, a year is a calendar year.
 */
public enum FieldKind {
    TEXT,
    /** One of the incentive types. */
    TYPE,
    /** A three-letter ISO 4217 code. */
    CURRENCY,
    YEAR,
    INTEGER,
    NUMBER,
    MONEY,
    SHARE;

    public boolean numeric() {
        return this != TEXT && this != TYPE && this != CURRENCY;
    }

    public boolean integral() {
        return this == YEAR || this == INTEGER;
    }
}
