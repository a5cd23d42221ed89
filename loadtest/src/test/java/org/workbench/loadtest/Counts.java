package org.workbench.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The contended scenario's revision before the rivals start, and what the check after them found. */
final class Counts {
    private static volatile int startRevision = -1;

    private Counts() {}

    static void start(int revision) {
        startRevision = revision;
    }

    static int startRevision() {
        return startRevision;
    }

    static void write(Path out, int revision, int expected) {
        String text = "contended scenario: revision " + startRevision + " -> " + revision + ", "
                + Journeys.RIVAL_SAVES.get() + " saves succeeded, " + Journeys.RIVAL_CONFLICTS.get()
                + " were refused as conflicts; expected revision " + expected + "\n";
        try {
            Files.writeString(out.resolve("lost-update-check.txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
