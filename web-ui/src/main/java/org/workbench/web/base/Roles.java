package org.workbench.web.base;

/**
 * Role names as the security annotations spell them (Spring adds the ROLE_ prefix itself), and the audiences that
 * services name in class- or method-level {@code @PreAuthorize}. They live in {@code base} because every feature,
 * the audit log and the security setup among them, speaks of roles, and none of those may depend on another for it.
 */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String PLANNER = "PLANNER";
    public static final String STAFF = "STAFF";
    public static final String VIEWER = "VIEWER";
    public static final String REVIEWER = "REVIEWER";

    /** Admins only. */
    public static final String ADMINS = "hasRole('" + ADMIN + "')";

    /** Anyone who holds a role: everyone who reads scenarios. */
    public static final String ANY_ROLE =
            "hasAnyRole('" + ADMIN + "', '" + PLANNER + "', '" + STAFF + "', '" + VIEWER + "', '" + REVIEWER + "')";

    /** Who approves scenarios in review or sends them back. */
    public static final String REVIEWERS = "hasRole('" + REVIEWER + "')";

    /** Who writes in a scenario's discussion (staff on their own scenarios). */
    public static final String COMMENTERS =
            "hasAnyRole('" + ADMIN + "', '" + PLANNER + "', '" + STAFF + "', '" + REVIEWER + "')";

    /** Who may add scenarios and versions (staff on their own ones), and so upload workbooks. */
    public static final String SCENARIO_WRITERS = "hasAnyRole('" + ADMIN + "', '" + PLANNER + "', '" + STAFF + "')";

    /** Who may archive a scenario or bring it back. */
    public static final String PLANNERS = "hasAnyRole('" + ADMIN + "', '" + PLANNER + "')";

    private Roles() {}
}
