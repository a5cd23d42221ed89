package org.workbench.web.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.workbench.web.compare.HorizonText;
import org.workbench.web.scenario.ReviewState;
import org.workbench.web.scenario.ScenarioStatus;

/**
 * Where the printed revision stands in its review. A report travels without the app around it: its reader must see
 * whether the figures were approved, and when they are a draft's, that an approved revision exists.
 */
final class ReviewNote {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private ReviewNote() {}

    static Report.Note of(HorizonText.Texts text, ReviewState review, ZoneId zone) {
        String state = text.get("report.review.state." + review.status().name(), review.latestRevision());
        Integer approved = review.approvedRevision();
        String by = Objects.requireNonNullElse(review.approvedBy(), "—");
        String on = day(review.approvedAt(), zone);
        String approval;
        if (approved == null) {
            approval = text.get("report.review.notApproved");
        } else if (approved == review.latestRevision() && review.status() != ScenarioStatus.IN_REVIEW) {
            approval = text.get("report.review.approved", by, on);
        } else {
            approval = text.get("report.review.otherApproved", approved, by, on);
        }
        return new Report.Note(text.get("report.review"), text.get("report.review.text", state, approval));
    }

    private static String day(@Nullable Instant at, ZoneId zone) {
        return at == null ? "—" : DAY.withZone(zone).format(at);
    }
}
