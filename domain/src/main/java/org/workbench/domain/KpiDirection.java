package org.workbench.domain;

/** Whether a planner prefers a key figure higher or lower, for comparisons; NEUTRAL when neither is better. */
public enum KpiDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    NEUTRAL
}
