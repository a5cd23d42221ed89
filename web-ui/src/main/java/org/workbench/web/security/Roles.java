package org.workbench.web.security;

/** Role names as the security annotations spell them (Spring adds the ROLE_ prefix itself). */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String PLANNER = "PLANNER";
    public static final String STAFF = "STAFF";
    public static final String VIEWER = "VIEWER";

    private Roles() {}
}
