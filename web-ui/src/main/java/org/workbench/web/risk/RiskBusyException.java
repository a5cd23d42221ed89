package org.workbench.web.risk;

/** A run was refused: the shared queue is full, or this user already has as many runs as allowed. */
public class RiskBusyException extends RuntimeException {
    /** Why, so that the page can say it. */
    public enum Reason {
        QUEUE_FULL,
        TOO_MANY_FOR_USER
    }

    private final Reason reason;

    public RiskBusyException(Reason reason) {
        super("Monte Carlo refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
