package org.workbench.importers;

/** What one cell gave under its column's rule: a value, nothing (blank, no default), or a problem already logged. */
sealed interface CellRead {
    Blank BLANK = new Blank();
    Invalid INVALID = new Invalid();

    /** A String, a Double or an IncentiveType. */
    record Value(Object value) implements CellRead {}

    record Blank() implements CellRead {}

    record Invalid() implements CellRead {}
}
