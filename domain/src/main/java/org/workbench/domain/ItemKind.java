package org.workbench.domain;

/** Which part of a scenario workbook a {@link DomainProblem} is about. */
public enum ItemKind {
    SETTINGS,
    INDUSTRY,
    INCENTIVE
}
