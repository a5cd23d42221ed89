package org.workbench.web.multiplier;

import java.time.Instant;

/** A stored set as the list shows it: what pins it down, how big it is, and who brought it in. */
public record SetSummary(
        long id,
        String name,
        int vintage,
        String source,
        double delta,
        int sectors,
        boolean regional,
        String fileName,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {

    static SetSummary of(MultiplierSetEntity e) {
        return new SetSummary(
                java.util.Objects.requireNonNull(e.getId()),
                e.getName(),
                e.getVintage(),
                e.getSource(),
                e.getDelta(),
                e.getSectorCount(),
                e.isRegional(),
                e.getFileName(),
                e.getSha256(),
                e.getUploadedBy(),
                e.getUploadedAt());
    }
}
