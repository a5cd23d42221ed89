package org.workbench.web.security;

import static org.workbench.web.security.AccessMatrix.SIGNED_IN;
import static org.workbench.web.security.AccessMatrix.call;

import java.util.List;
import org.workbench.domain.Scenario;
import org.workbench.web.risk.RiskService;

/**
 * The Risk tab's rows of the {@link AccessMatrix}: everyone who reads scenarios runs Monte Carlo on them (a viewer
 * too: it changes no input). An allowed call gets no scenario and fails before it computes or caches anything.
 */
final class AccessMatrixRisk {
    @SuppressWarnings("NullAway")
    private static final Scenario NO_SCENARIO = null;

    static final List<AccessMatrix.ServiceCall<?>> CALLS = List.of(
            call(RiskService.class, "cached", s -> s.cached(-1, NO_SCENARIO), SIGNED_IN),
            call(RiskService.class, "run", s -> s.run(-1, NO_SCENARIO, draws -> {}), SIGNED_IN));

    private AccessMatrixRisk() {}
}
