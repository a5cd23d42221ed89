package org.workbench.web.security;

import static org.workbench.web.security.AccessMatrix.Who.ADMIN;
import static org.workbench.web.security.AccessMatrix.Who.ANONYMOUS;
import static org.workbench.web.security.AccessMatrix.Who.PLANNER;
import static org.workbench.web.security.AccessMatrix.Who.STAFF;
import static org.workbench.web.security.AccessMatrix.Who.VIEWER;

import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.workbench.web.account.AccountAdminService;
import org.workbench.web.account.AccountService;
import org.workbench.web.account.Role;
import org.workbench.web.account.UserDetailsForm;
import org.workbench.web.audit.AuditFilter;
import org.workbench.web.audit.AuditLogService;

/**
 * Who may open each view and call each service method, as designed. {@link AccessMatrixTest} checks every row
 * against every role and anonymous. A feature adds its views to {@link #VIEWS} and its service calls to
 * {@link #SERVICE_CALLS} (calls must be harmless: unknown ids, invalid input, so that an allowed call changes
 * nothing). Every @Route must have a row, and every public method of a service listed here must be called.
 */
public final class AccessMatrix {

    public enum Who {
        ANONYMOUS,
        ADMIN,
        PLANNER,
        STAFF,
        VIEWER
    }

    public static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    public static final Set<Who> SIGNED_IN = EnumSet.of(ADMIN, PLANNER, STAFF, VIEWER);
    public static final Set<Who> ADMIN_ONLY = EnumSet.of(ADMIN);

    /** A view (by class name, as views are package-private) and who may open it. */
    public record ViewRow(String viewClass, Set<Who> allowed) {}

    /** One call of a public service method and who may make it. */
    public record ServiceCall<S>(Class<S> service, String method, ServiceInvocation<S> call, Set<Who> allowed) {}

    @FunctionalInterface
    public interface ServiceInvocation<S> {
        void invoke(S service) throws Exception;
    }

    public static final List<ViewRow> VIEWS = List.of(
            new ViewRow("org.workbench.web.security.LoginView", EVERYONE),
            new ViewRow("org.workbench.web.base.ui.HomeView", SIGNED_IN),
            new ViewRow("org.workbench.web.account.ui.AccountView", SIGNED_IN),
            new ViewRow("org.workbench.web.account.ui.UsersView", ADMIN_ONLY),
            new ViewRow("org.workbench.web.audit.ui.AuditView", ADMIN_ONLY));

    private static final UserDetailsForm INVALID_FORM =
            new UserDetailsForm("x", "", null, EnumSet.noneOf(Role.class), Locale.ENGLISH);

    public static final List<ServiceCall<?>> SERVICE_CALLS = Stream.<ServiceCall<?>>of(
                    // AccountService: a user's own account.
                    call(AccountService.class, "currentProfile", AccountService::currentProfile, SIGNED_IN),
                    call(
                            AccountService.class,
                            "changeOwnLanguage",
                            s -> s.changeOwnLanguage(Locale.ENGLISH),
                            SIGNED_IN),
                    call(AccountService.class, "mustChangePassword", AccountService::mustChangePassword, SIGNED_IN),
                    call(
                            AccountService.class,
                            "changeOwnPassword",
                            s -> s.changeOwnPassword("wrong-current", "irrelevant-new-password"),
                            SIGNED_IN),
                    // AccountAdminService: admins only.
                    call(AccountAdminService.class, "find", s -> s.find("nobody-matches-this"), ADMIN_ONLY),
                    call(AccountAdminService.class, "create", s -> s.create(INVALID_FORM), ADMIN_ONLY),
                    call(AccountAdminService.class, "update", s -> s.update(-1, INVALID_FORM), ADMIN_ONLY),
                    call(AccountAdminService.class, "disable", s -> s.disable(-1), ADMIN_ONLY),
                    call(AccountAdminService.class, "enable", s -> s.enable(-1), ADMIN_ONLY),
                    call(AccountAdminService.class, "unlock", s -> s.unlock(-1), ADMIN_ONLY),
                    call(AccountAdminService.class, "resetPassword", s -> s.resetPassword(-1), ADMIN_ONLY),
                    call(AccountAdminService.class, "delete", s -> s.delete(-1), ADMIN_ONLY),
                    call(AccountAdminService.class, "sessions", s -> s.sessions(-1), ADMIN_ONLY),
                    call(AccountAdminService.class, "endSession", s -> s.endSession(-1, "none"), ADMIN_ONLY),
                    // AuditLogService: admins only.
                    call(AuditLogService.class, "find", s -> s.find(AuditFilter.ALL, 0, 1), ADMIN_ONLY),
                    call(AuditLogService.class, "count", s -> s.count(AuditFilter.ALL), ADMIN_ONLY),
                    call(
                            AuditLogService.class,
                            "exportExcel",
                            s -> s.exportExcel(
                                    AuditFilter.ALL, ZoneOffset.UTC, key -> key, OutputStream.nullOutputStream()),
                            ADMIN_ONLY),
                    // LoginThrottle: reading and lifting locks is for admins (sign-in itself is package-private).
                    call(LoginThrottle.class, "lockedUntil", s -> s.lockedUntil("matrix-nobody"), ADMIN_ONLY),
                    call(LoginThrottle.class, "unlock", s -> s.unlock("matrix-nobody"), ADMIN_ONLY),
                    // UserSessions.
                    call(UserSessions.class, "sessionsOf", s -> s.sessionsOf("matrix-nobody"), ADMIN_ONLY),
                    call(UserSessions.class, "end", s -> s.end("matrix-nobody", "none"), ADMIN_ONLY),
                    call(UserSessions.class, "endAll", s -> s.endAll("matrix-nobody"), ADMIN_ONLY),
                    call(
                            UserSessions.class,
                            "endOtherSessionsOfCurrentUser",
                            s -> s.endOtherSessionsOfCurrentUser("none"),
                            SIGNED_IN))
            .toList();

    private AccessMatrix() {}

    public static <S> ServiceCall<S> call(
            Class<S> service, String method, ServiceInvocation<S> call, Set<Who> allowed) {
        return new ServiceCall<>(service, method, call, allowed);
    }

    static Set<Who> all() {
        return EnumSet.of(ANONYMOUS, ADMIN, PLANNER, STAFF, VIEWER);
    }
}
