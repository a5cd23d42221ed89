package org.workbench.web.security;

import static org.workbench.web.security.AccessMatrix.Who.ADMIN;
import static org.workbench.web.security.AccessMatrix.Who.PLANNER;
import static org.workbench.web.security.AccessMatrix.Who.REVIEWER;
import static org.workbench.web.security.AccessMatrix.Who.STAFF;
import static org.workbench.web.security.AccessMatrix.Who.VIEWER;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.importers.ImportProblem;
import org.workbench.importers.ImportResult;
import org.workbench.importers.Message;
import org.workbench.importers.Severity;
import org.workbench.web.account.AccountAdminService;
import org.workbench.web.account.AccountService;
import org.workbench.web.account.Role;
import org.workbench.web.account.UserDetailsForm;
import org.workbench.web.audit.AuditFilter;
import org.workbench.web.audit.AuditLogService;
import org.workbench.web.compare.CompareRequest;
import org.workbench.web.compare.CompareService;
import org.workbench.web.report.Report;
import org.workbench.web.report.ReportService;
import org.workbench.web.scenario.ScenarioId;
import org.workbench.web.scenario.ScenarioQuery;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.ScenarioStatus;
import org.workbench.web.upload.ReceivedFile;
import org.workbench.web.upload.UploadPreview;
import org.workbench.web.upload.UploadService;

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
        VIEWER,
        REVIEWER
    }

    public static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    public static final Set<Who> SIGNED_IN = EnumSet.of(ADMIN, PLANNER, STAFF, VIEWER, REVIEWER);
    public static final Set<Who> ADMIN_ONLY = EnumSet.of(ADMIN);
    /** Who may add versions or scenarios (planners, admins, and staff on their own), and so upload workbooks. */
    public static final Set<Who> SCENARIO_WRITERS = EnumSet.of(ADMIN, PLANNER, STAFF);

    public static final Set<Who> PLANNERS = EnumSet.of(ADMIN, PLANNER);

    /** A view (by class name, as views are package-private) and who may open it. */
    public record ViewRow(String viewClass, Set<Who> allowed) {}

    /** One call of a public service method and who may make it. */
    public record ServiceCall<S>(Class<S> service, String method, ServiceInvocation<S> call, Set<Who> allowed) {}

    @FunctionalInterface
    public interface ServiceInvocation<S> {
        void invoke(S service) throws Exception;
    }

    public static final List<ViewRow> VIEWS = List.of(
            new ViewRow("org.workbench.web.security.ui.LoginView", EVERYONE),
            new ViewRow("org.workbench.web.base.ui.HomeView", SIGNED_IN),
            new ViewRow("org.workbench.web.account.ui.AccountView", SIGNED_IN),
            new ViewRow("org.workbench.web.account.ui.UsersView", ADMIN_ONLY),
            new ViewRow("org.workbench.web.audit.ui.AuditView", ADMIN_ONLY),
            new ViewRow("org.workbench.web.upload.ui.UploadView", SCENARIO_WRITERS),
            new ViewRow("org.workbench.web.upload.ui.UploadHistoryView", SCENARIO_WRITERS),
            new ViewRow("org.workbench.web.compare.ui.CompareView", SIGNED_IN),
            new ViewRow("org.workbench.web.monitoring.ui.MonitoringView", SIGNED_IN),
            new ViewRow("org.workbench.web.scenario.ui.ScenarioListView", SIGNED_IN),
            new ViewRow("org.workbench.web.scenario.ui.ScenarioEditorView", SIGNED_IN),
            new ViewRow("org.workbench.web.multiplier.ui.MultiplierSetsView", SIGNED_IN),
            new ViewRow("org.workbench.web.multiplier.ui.MultiplierSetView", SIGNED_IN),
            new ViewRow("org.workbench.web.report.ui.ScenarioReportView", SIGNED_IN),
            new ViewRow("org.workbench.web.report.ui.CompareReportView", SIGNED_IN));

    // A call that gets past the security check fails on this before it can store anything.
    @SuppressWarnings("NullAway")
    private static final Scenario NO_SCENARIO = null;

    /** A temporary file that is not there and a hash no original is kept under, so nothing can be stored. */
    private static final ReceivedFile NO_FILE = new ReceivedFile(
            Path.of(System.getProperty("java.io.tmpdir"), "matrix-no-such-upload.xlsx"),
            "matrix-no-such-upload.xlsx",
            0,
            "not-a-sha256");

    /** A preview of a file with errors, which no commit accepts. */
    private static final UploadPreview REJECTED_PREVIEW = new UploadPreview(
            NO_FILE,
            new ImportResult.Rejected(List.of(new ImportProblem(
                    NO_FILE.fileName(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    Severity.ERROR,
                    Message.of("problem.file.unsupportedType", "")))),
            null,
            List.of(),
            null,
            Duration.ZERO);

    /** Two scenarios that do not exist: every comparison of them fails before it reads or writes anything. */
    private static final Scenario CERTAIN_SAMPLE =
            SampleScenarios.versionOne().getFirst().scenario();

    private static final CompareRequest UNKNOWN_SCENARIOS = new CompareRequest(List.of(-1L, -2L), -1L);

    /** A report with nothing in it: writing it as a PDF reads and stores nothing. */
    private static final Report EMPTY_REPORT =
            new Report("matrix", "", List.of(), new Report.Footer("matrix"), "matrix");

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
                    call(AuditLogService.class, "verifyChain", s -> s.verifyChain(), ADMIN_ONLY),
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
                            SIGNED_IN),
                    // UploadService: whoever creates scenarios brings workbooks in.
                    call(
                            UploadService.class,
                            "receive",
                            s -> s.discard(s.receive(InputStream.nullInputStream(), "matrix-empty.xlsx")),
                            SCENARIO_WRITERS),
                    call(UploadService.class, "discard", s -> s.discard(NO_FILE), SCENARIO_WRITERS),
                    // Cancelled at once; should the reading start anyway, it cannot keep a file with no valid hash.
                    call(
                            UploadService.class,
                            "preview",
                            s -> s.preview(NO_FILE, rows -> {}).cancel(true),
                            SCENARIO_WRITERS),
                    call(
                            UploadService.class,
                            "inBackground",
                            s -> s.inBackground(() -> "nothing").join(),
                            SCENARIO_WRITERS),
                    call(UploadService.class, "targets", UploadService::targets, SCENARIO_WRITERS),
                    call(
                            UploadService.class,
                            "commitAsNew",
                            s -> s.commitAsNew(REJECTED_PREVIEW, null, false),
                            SCENARIO_WRITERS),
                    call(
                            UploadService.class,
                            "commitAsVersion",
                            s -> s.commitAsVersion(REJECTED_PREVIEW, -1, 0, null, false),
                            SCENARIO_WRITERS),
                    call(UploadService.class, "history", UploadService::history, SCENARIO_WRITERS),
                    call(UploadService.class, "original", s -> s.original(-1), SCENARIO_WRITERS),
                    // CompareService: everyone who reads scenarios compares them.
                    call(CompareService.class, "choices", CompareService::choices, SIGNED_IN),
                    call(CompareService.class, "compare", s -> s.compare(UNKNOWN_SCENARIOS), SIGNED_IN),
                    call(
                            CompareService.class,
                            "risk",
                            s -> s.risk(CERTAIN_SAMPLE, ProjectionEngine.project(CERTAIN_SAMPLE)),
                            SIGNED_IN),
                    // ReportService: whoever reads scenarios prints them.
                    call(
                            ReportService.class,
                            "scenario",
                            s -> s.scenario(-1, Locale.ENGLISH, ZoneOffset.UTC),
                            SIGNED_IN),
                    call(
                            ReportService.class,
                            "comparison",
                            s -> s.comparison(UNKNOWN_SCENARIOS, Locale.ENGLISH, ZoneOffset.UTC),
                            SIGNED_IN),
                    call(ReportService.class, "pdf", s -> s.pdf(EMPTY_REPORT, Locale.ENGLISH), SIGNED_IN),
                    call(
                            CompareService.class,
                            "export",
                            s -> s.export(UNKNOWN_SCENARIOS, Locale.ENGLISH, OutputStream.nullOutputStream()),
                            SIGNED_IN),
                    // ScenarioService: everyone reads; unknown ids and a missing scenario keep allowed calls harmless.
                    call(
                            ScenarioService.class,
                            "list",
                            s -> s.list(ScenarioQuery.all(), PageRequest.of(0, 1)),
                            SIGNED_IN),
                    call(ScenarioService.class, "count", s -> s.count(ScenarioQuery.all()), SIGNED_IN),
                    call(ScenarioService.class, "owners", ScenarioService::owners, SIGNED_IN),
                    call(ScenarioService.class, "get", s -> s.get(-1), SIGNED_IN),
                    call(ScenarioService.class, "find", s -> s.find(-1), SIGNED_IN),
                    call(ScenarioService.class, "getAll", s -> s.getAll(List.of(-1L)), SIGNED_IN),
                    call(ScenarioService.class, "canEdit", s -> s.canEdit(-1), SIGNED_IN),
                    call(ScenarioService.class, "canChangeStatus", s -> s.canChangeStatus(-1), SIGNED_IN),
                    call(ScenarioService.class, "canDelete", s -> s.canDelete(-1), SIGNED_IN),
                    call(ScenarioService.class, "canCreate", ScenarioService::canCreate, SIGNED_IN),
                    call(ScenarioService.class, "canChangeStatuses", ScenarioService::canChangeStatuses, SIGNED_IN),
                    call(ScenarioService.class, "versions", s -> s.versions(-1), SIGNED_IN),
                    call(ScenarioService.class, "version", s -> s.version(-1, 1), SIGNED_IN),
                    call(ScenarioService.class, "diff", s -> s.diff(-1, 1, 2), SIGNED_IN),
                    call(
                            ScenarioService.class,
                            "exportWorkbook",
                            s -> s.exportWorkbook(-1, Locale.ENGLISH, OutputStream.nullOutputStream()),
                            SIGNED_IN),
                    call(ScenarioService.class, "create", s -> s.create(NO_SCENARIO, null), SCENARIO_WRITERS),
                    call(
                            ScenarioService.class,
                            "save",
                            s -> s.save(new ScenarioId(-1), 0, NO_SCENARIO, null),
                            SCENARIO_WRITERS),
                    call(
                            ScenarioService.class,
                            "saveAsCopy",
                            s -> s.saveAsCopy(-1, NO_SCENARIO, null),
                            SCENARIO_WRITERS),
                    call(ScenarioService.class, "duplicate", s -> s.duplicate(-1, "x"), SCENARIO_WRITERS),
                    call(ScenarioService.class, "rename", s -> s.rename(new ScenarioId(-1), 0, "x"), SCENARIO_WRITERS),
                    call(ScenarioService.class, "restore", s -> s.restore(-1, 1, null), SCENARIO_WRITERS),
                    call(ScenarioService.class, "delete", s -> s.delete(-1), SCENARIO_WRITERS),
                    call(
                            ScenarioService.class,
                            "changeStatus",
                            s -> s.changeStatus(-1, ScenarioStatus.ARCHIVED),
                            PLANNERS),
                    call(ScenarioService.class, "archive", s -> s.archive(-1), PLANNERS),
                    call(ScenarioService.class, "unarchive", s -> s.unarchive(-1), PLANNERS))
            .collect(java.util.stream.Collectors.collectingAndThen(
                    java.util.stream.Collectors.toList(),
                    calls -> Stream.of(
                                    calls,
                                    AccessMatrixMultipliers.CALLS,
                                    AccessMatrixRisk.CALLS,
                                    AccessMatrixReview.CALLS,
                                    AccessMatrixMonitoring.CALLS)
                            .flatMap(List::stream)
                            .toList()));

    private AccessMatrix() {}

    public static <S> ServiceCall<S> call(
            Class<S> service, String method, ServiceInvocation<S> call, Set<Who> allowed) {
        return new ServiceCall<>(service, method, call, allowed);
    }

    static Set<Who> all() {
        return EnumSet.allOf(Who.class);
    }
}
