package org.workbench.importers;

/** ERROR blocks the import; WARNING does not. */
public enum Severity {
    ERROR,
    WARNING
}
