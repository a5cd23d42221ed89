package org.workbench.web.account;

import org.workbench.web.base.Roles;

/** What a user may do; a user may hold several. */
public enum Role {
    ADMIN(Roles.ADMIN),
    PLANNER(Roles.PLANNER),
    STAFF(Roles.STAFF),
    VIEWER(Roles.VIEWER),
    /** Reads everything, approves scenarios in review or sends them back; edits nothing. */
    REVIEWER(Roles.REVIEWER);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String authority() {
        return "ROLE_" + roleName;
    }
}
