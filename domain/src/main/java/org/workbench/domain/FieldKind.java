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
    SHARE,
    /**
     * A link to a sector of a stored multiplier set ({@link SectorLink}); a workbook names it by the sector's code,
     * the editor picks it with a picker of its own.
     */
    SECTOR;

    public boolean numeric() {
        return this != TEXT && this != TYPE && this != CURRENCY && this != SECTOR;
    }

    public boolean integral() {
        return this == YEAR || this == INTEGER;
    }
}
