package org.workbench.web.security;

import static org.workbench.web.security.AccessMatrix.SCENARIO_WRITERS;
import static org.workbench.web.security.AccessMatrix.SIGNED_IN;
import static org.workbench.web.security.AccessMatrix.call;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.workbench.web.scenario.ScenarioReviewService;
import org.workbench.web.security.AccessMatrix.Who;

/**
 * The review's rows of the {@link AccessMatrix}: everyone reads where a scenario stands and its discussion; those
 * who edit drafts submit them and start new drafts; only reviewers decide; those who work on or review a scenario
 * comment. An allowed call names a scenario that does not exist and changes nothing.
 */
final class AccessMatrixReview {
    static final Set<Who> REVIEWERS = EnumSet.of(Who.REVIEWER);
    static final Set<Who> COMMENTERS = EnumSet.of(Who.ADMIN, Who.PLANNER, Who.STAFF, Who.REVIEWER);

    static final List<AccessMatrix.ServiceCall<?>> CALLS = List.of(
            call(ScenarioReviewService.class, "state", s -> s.state(-1), SIGNED_IN),
            call(ScenarioReviewService.class, "steps", s -> s.steps(-1), SIGNED_IN),
            call(ScenarioReviewService.class, "comments", s -> s.comments(-1), SIGNED_IN),
            call(ScenarioReviewService.class, "submit", s -> s.submit(-1, 1, "matrix"), SCENARIO_WRITERS),
            call(ScenarioReviewService.class, "startNewDraft", s -> s.startNewDraft(-1), SCENARIO_WRITERS),
            call(ScenarioReviewService.class, "approve", s -> s.approve(-1, 1, null), REVIEWERS),
            call(ScenarioReviewService.class, "sendBack", s -> s.sendBack(-1, 1, "matrix"), REVIEWERS),
            call(ScenarioReviewService.class, "comment", s -> s.comment(-1, "matrix"), COMMENTERS));

    private AccessMatrixReview() {}
}
