package org.workbench.web.scenario;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.web.account.Role;

/**
 * Who may do what with a scenario. Planners and admins edit any draft; staff edit only their own; viewers read.
 * Those who edit a draft send it to review; reviewers approve it or send it back, but never their own submission.
 * Every role reads everything.
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
        return scenario.getStatus() == ScenarioStatus.DRAFT && writes(scenario);
    }

    /** Draft to review: whoever may edit the draft. */
    boolean canSubmit(ScenarioEntity scenario) {
        return canEdit(scenario);
    }

    /** Approve or send back: a reviewer, on a scenario in review that somebody else submitted. */
    boolean canDecide(ScenarioEntity scenario) {
        String submitter = scenario.getSubmittedBy();
        return scenario.getStatus() == ScenarioStatus.IN_REVIEW
                && reviews()
                && (submitter == null || !submitter.equalsIgnoreCase(username));
    }

    /** An approved scenario changes only by a new draft started from it, by whoever may edit its drafts. */
    boolean canStartNewDraft(ScenarioEntity scenario) {
        return scenario.getStatus() == ScenarioStatus.APPROVED && writes(scenario);
    }

    /** Those who work on it and those who review it take part in its discussion. */
    boolean canComment(ScenarioEntity scenario) {
        return writes(scenario) || reviews();
    }

    boolean reviews() {
        return roles.contains(Role.REVIEWER);
    }

    private boolean writes(ScenarioEntity scenario) {
        return plans() || ownsAsStaff(scenario);
    }

    /** Archive and back: decisions about a scenario's standing, for planners and admins. */
    boolean canChangeStatus(ScenarioEntity scenario) {
        return canChangeStatuses();
    }

    /** Whether the role may change any scenario's status: today no rule depends on the scenario itself. */
    boolean canChangeStatuses() {
        return plans();
    }

    /**
     * Only drafts that were never approved go away (an approval stays on record); staff may remove a draft of their
     * own (e.g. a mistaken upload).
     */
    boolean canDelete(ScenarioEntity scenario) {
        return scenario.getStatus() == ScenarioStatus.DRAFT
                && scenario.getApprovedRevision() == null
                && writes(scenario);
    }

    private boolean plans() {
        return roles.contains(Role.PLANNER) || roles.contains(Role.ADMIN);
    }

    private boolean ownsAsStaff(ScenarioEntity scenario) {
        return roles.contains(Role.STAFF) && scenario.getOwner().equalsIgnoreCase(username);
    }
}
