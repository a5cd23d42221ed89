package org.workbench.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The handshake with run.sh for the heap measurement: when every planner has its editor open the simulation writes
 * {@code hold-ready}; run.sh measures and writes {@code hold-release}, and the planners sign out.
 */
final class Hold {
    private static final AtomicInteger ARRIVED = new AtomicInteger();

    private Hold() {}

    static void reset(Path out) {
        try {
            Files.deleteIfExists(out.resolve("hold-ready"));
            Files.deleteIfExists(out.resolve("hold-release"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void arrived(int expected, Path out) {
        if (ARRIVED.incrementAndGet() == expected) {
            try {
                Files.writeString(out.resolve("hold-ready"), expected + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static boolean released(Path out) {
        return Files.exists(out.resolve("hold-release"));
    }
}
