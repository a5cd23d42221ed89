package org.workbench.web.audit;

import org.jspecify.annotations.Nullable;

/**
 * Carries the client address of the request that started some work to the thread that does it (the upload reader,
 * a background commit), so that what that thread audits names the address as a request would.
 */
public final class ClientAddress {
    private static final ThreadLocal<@Nullable String> CARRIED = new ThreadLocal<>();

    private ClientAddress() {}

    /** Work that sees the current thread's client address (taken now) while it runs on another thread. */
    public static Runnable carriedInto(Runnable work) {
        @Nullable String address = DatabaseAuditTrail.currentClientAddress();
        return () -> {
            @Nullable String before = CARRIED.get();
            CARRIED.set(address);
            try {
                work.run();
            } finally {
                CARRIED.set(before);
            }
        };
    }

    static @Nullable String carried() {
        return CARRIED.get();
    }
}
