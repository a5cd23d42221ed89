package org.workbench.web.risk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.workbench.domain.Scenario;

/**
 * What a Monte Carlo result depends on: the scenario (its id, and a SHA-256 of every input, so that a saved version
 * and the same unsaved inputs share a result while any edit makes a new one), the draws and the seed.
 */
record RiskKey(long scenarioId, String inputs, int draws, long seed) {

    static RiskKey of(long scenarioId, Scenario scenario) {
        return new RiskKey(
                scenarioId,
                fingerprint(scenario),
                scenario.settings().draws(),
                scenario.settings().seed());
    }

    /**
     * The scenario's records print every component, doubles to the last bit (Double.toString reads back exactly),
     * so equal prints mean equal inputs.
     */
    static String fingerprint(Scenario scenario) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(scenario.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
