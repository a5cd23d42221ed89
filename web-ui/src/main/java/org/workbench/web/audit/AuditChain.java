package org.workbench.web.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The hash that links an audit row to the one before it: SHA-256 over the previous hash and the row's content. */
final class AuditChain {
    private AuditChain() {}

    static String hash(
            long seq,
            String previous,
            Instant occurredAt,
            String actor,
            String action,
            String target,
            @Nullable String clientAddress,
            Map<String, String> details) {
        var text = new StringBuilder();
        field(text, Long.toString(seq));
        field(text, previous);
        field(text, Long.toString(occurredAt.getEpochSecond()) + "." + occurredAt.getNano());
        field(text, actor);
        field(text, action);
        field(text, target);
        field(text, clientAddress);
        details.forEach((name, value) -> {
            field(text, name);
            field(text, value);
        });
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Length-prefixed, so that no two different rows give the same text. */
    private static void field(StringBuilder text, @Nullable String value) {
        if (value == null) {
            text.append("-1:");
        } else {
            text.append(value.length()).append(':').append(value);
        }
    }
}
