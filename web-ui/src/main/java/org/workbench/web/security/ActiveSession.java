package org.workbench.web.security;

import java.time.Instant;

/**
 * A signed-in session as admins see it. {@code handle} names the session without being its id: the id is a
 * credential and is never shown.
 */
public record ActiveSession(String handle, Instant signedInAt, Instant lastRequestAt) {}
