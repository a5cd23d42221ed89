package org.workbench.web.monitoring;

import static org.workbench.web.base.Roles.ANY_ROLE;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;
import org.workbench.web.scenario.ScenarioQuery;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.ScenarioSummary;

/**
 * Every incentive with recorded actuals across the scenarios that are not archived. Everyone signed in reads the
 * list; whether a row may be acted on (actuals recorded) is the scenario's own rule, given per row. The rows of a
 * scenario are computed once per stored version and kept in a bounded cache.
 */
@Service
@PreAuthorize(ANY_ROLE)
@RequiredArgsConstructor
public class MonitoringService {
    /** Scenarios read at most; beyond, the most recently changed ones are listed. */
    static final int MAX_SCENARIOS = 2_000;

    private static final int CACHED_SCENARIOS = 512;

    private final ScenarioService scenarios;
    private final AuditTrail auditTrail;

    private record Cached(long version, List<MonitoredIncentive> rows) {}

    // Access-ordered, so the least recently read scenario goes first when it is full.
    private final Map<Long, Cached> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Cached> eldest) {
            return size() > CACHED_SCENARIOS;
        }
    };

    /** The matching incentives, behind ones first, each saying whether the current user may record its actuals. */
    public List<MonitoredIncentive> incentives(MonitoringQuery query) {
        List<ScenarioSummary> active = scenarios.list(ScenarioQuery.active(), PageRequest.of(0, MAX_SCENARIOS));
        var rows = new ArrayList<MonitoredIncentive>();
        Map<Long, Boolean> editable = new HashMap<>();
        for (ScenarioSummary summary : active) {
            for (MonitoredIncentive row : rowsOf(summary)) {
                if (query.matches(row)) {
                    boolean mayEdit = editable.computeIfAbsent(row.scenarioId(), id -> scenarios.canEdit(id));
                    rows.add(row.editable(mayEdit));
                }
            }
        }
        rows.sort(MonitoredRows.BEHIND_FIRST);
        return rows;
    }

    /**
     * Writes the matching incentives as an Excel workbook in the list's order, texts by {@code translate} (message
     * key to text). The export itself is audited.
     */
    public void export(MonitoringQuery query, Locale locale, Function<String, String> translate, OutputStream out)
            throws IOException {
        List<MonitoredIncentive> rows = incentives(query);
        MonitoringExcelWriter.write(rows, locale, translate, out);
        auditTrail.record(
                AuditAction.EXPORTED,
                "monitoring",
                Map.of(
                        "rows", String.valueOf(rows.size()),
                        "text", String.valueOf(query.text()),
                        "behindOnly", String.valueOf(query.behindOnly())));
    }

    private List<MonitoredIncentive> rowsOf(ScenarioSummary summary) {
        synchronized (cache) {
            Cached cached = cache.get(summary.id());
            if (cached != null && cached.version() == summary.version()) {
                return cached.rows();
            }
        }
        // Read outside the lock: a scenario that went away in between simply has no rows.
        var detail = scenarios.find(summary.id());
        if (detail.isEmpty()) {
            return List.of();
        }
        List<MonitoredIncentive> rows = List.copyOf(MonitoredRows.of(detail.get()));
        synchronized (cache) {
            cache.put(summary.id(), new Cached(detail.get().version(), rows));
        }
        return rows;
    }
}
