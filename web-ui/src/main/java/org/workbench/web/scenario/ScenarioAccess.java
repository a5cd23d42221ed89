package org.workbench.web.scenario;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.web.account.Role;

/**
 * Who may do what with a scenario. Planners and admins edit any scenario that is not archived; staff edit only their
 * own; viewers read. Every role reads everything.
 */
record ScenarioAccess(String username, Set<Role> roles) {

    static ScenarioAccess current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return new ScenarioAccess("", Set.of());
        }
        Set<String> authorities = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (authorities.contains(role.authority())) {
                roles.add(role);
            }
        }
        return new ScenarioAccess(auth.getName(), roles);
    }

    boolean canRead() {
        return !roles.isEmpty();
    }

    boolean canCreate() {
        return plans() || roles.contains(Role.STAFF);
    }

    boolean canEdit(ScenarioEntity scenario) {
        return scenario.getStatus() != ScenarioStatus.ARCHIVED && (plans() || ownsAsStaff(scenario));
    }

    /** Final, draft, archive: decisions about a scenario's standing, for planners and admins. */
    boolean canChangeStatus(ScenarioEntity scenario) {
        return plans();
    }

    /** Only drafts go away; staff may remove a draft of their own (e.g. a mistaken upload). */
    boolean canDelete(ScenarioEntity scenario) {
        return scenario.getStatus() == ScenarioStatus.DRAFT && (plans() || ownsAsStaff(scenario));
    }

    private boolean plans() {
        return roles.contains(Role.PLANNER) || roles.contains(Role.ADMIN);
    }

    private boolean ownsAsStaff(ScenarioEntity scenario) {
        return roles.contains(Role.STAFF) && scenario.getOwner().equalsIgnoreCase(username);
    }
}
