package org.workbench.web.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and appends audit rows; there is deliberately no way to change or remove one, and each row is chained to the
 * one before by a hash, so that changes made behind the application's back show.
 */
@Repository
@RequiredArgsConstructor
class AuditStore {
    static final int MAX_DETAIL_LENGTH = 1000;

    private final JdbcTemplate jdbc;
    private final AuditConnections connections;

    /** Appends within a transaction on the audit log's own connections ({@link AuditConnections}). */
    void append(
            Instant occurredAt,
            String actor,
            AuditAction action,
            String target,
            @Nullable String clientAddress,
            Map<String, String> details) {
        // What is stored is what is hashed: cut, and the time to the column's microseconds.
        Instant at = occurredAt.truncatedTo(ChronoUnit.MICROS);
        String storedActor = cut(actor, 64);
        String storedTarget = cut(target, 200);
        String storedAddress = clientAddress == null ? null : cut(clientAddress, 64);
        Map<String, String> storedDetails = new LinkedHashMap<>();
        details.forEach((name, value) -> storedDetails.put(cut(name, 64), cut(value, MAX_DETAIL_LENGTH)));
        // The chain's end, locked until this transaction commits: appends take turns, so the chain cannot fork.
        Map<String, Object> end =
                connections.jdbc().queryForMap("select last_seq, last_hash from audit_chain where id = 1 for update");
        long seq = ((Number) end.get("last_seq")).longValue() + 1;
        String previous = (String) end.get("last_hash");
        String hash = AuditChain.hash(
                seq, previous, at, storedActor, action.name(), storedTarget, storedAddress, storedDetails);
        var keys = new GeneratedKeyHolder();
        connections
                .jdbc()
                .update(
                        connection -> {
                            PreparedStatement insert = connection.prepareStatement(
                                    "insert into audit_event (occurred_at, actor, action, target, client_address,"
                                            + " chain_seq, prev_hash, row_hash) values (?, ?, ?, ?, ?, ?, ?, ?)",
                                    new String[] {"id"});
                            insert.setObject(1, utc(at));
                            insert.setString(2, storedActor);
                            insert.setString(3, action.name());
                            insert.setString(4, storedTarget);
                            insert.setString(5, storedAddress);
                            insert.setLong(6, seq);
                            insert.setString(7, previous);
                            insert.setString(8, hash);
                            return insert;
                        },
                        keys);
        long id = Objects.requireNonNull(keys.getKey(), "generated audit id").longValue();
        int position = 0;
        for (Map.Entry<String, String> detail : storedDetails.entrySet()) {
            connections
                    .jdbc()
                    .update(
                            "insert into audit_event_detail (event_id, position, name, detail) values (?, ?, ?, ?)",
                            id,
                            position++,
                            detail.getKey(),
                            detail.getValue());
        }
        connections.jdbc().update("update audit_chain set last_seq = ?, last_hash = ? where id = 1", seq, hash);
    }

    /** Walks the chain in order, recomputing each hash; stops at the first break. */
    AuditChainCheck verifyChain() {
        Map<String, Object> end = jdbc.queryForMap("select last_seq, last_hash from audit_chain where id = 1");
        long lastSeq = ((Number) end.get("last_seq")).longValue();
        long expectedSeq = 1;
        String previous = "";
        int page = 500;
        while (true) {
            List<Row> rows = jdbc.query(
                    "select id, occurred_at, actor, action, target, client_address, chain_seq, prev_hash, row_hash"
                            + " from audit_event where chain_seq >= ? order by chain_seq fetch next ? rows only",
                    AuditStore::row,
                    expectedSeq,
                    page);
            if (rows.isEmpty()) {
                break;
            }
            for (AuditEntry entry : withDetails(rows)) {
                Row row = rows.stream()
                        .filter(r -> r.id() == entry.id())
                        .findFirst()
                        .orElseThrow();
                String hash = AuditChain.hash(
                        expectedSeq,
                        previous,
                        entry.occurredAt(),
                        entry.actor(),
                        entry.action().name(),
                        entry.target(),
                        entry.clientAddress(),
                        entry.details());
                if (row.seq() != expectedSeq || !previous.equals(row.prevHash()) || !hash.equals(row.hash())) {
                    return new AuditChainCheck(expectedSeq - 1, row.id(), false);
                }
                previous = hash;
                expectedSeq++;
            }
        }
        long checked = expectedSeq - 1;
        boolean tailMissing = checked != lastSeq || !previous.equals(end.get("last_hash"));
        return new AuditChainCheck(checked, null, tailMissing);
    }

    List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        var sql = new StringBuilder("select id, occurred_at, actor, action, target, client_address from audit_event");
        List<Object> args = where(filter, sql);
        sql.append(" order by occurred_at desc, id desc offset ? rows fetch next ? rows only");
        args.add(offset);
        args.add(limit);
        List<Row> rows = jdbc.query(sql.toString(), AuditStore::row, args.toArray());
        return withDetails(rows);
    }

    /** Streams every matching entry, newest first, in pages so that a large export never sits in memory whole. */
    void forEach(AuditFilter filter, int max, Consumer<AuditEntry> consumer) {
        int page = 500;
        for (int offset = 0; offset < max; offset += page) {
            List<AuditEntry> entries = find(filter, offset, Math.min(page, max - offset));
            entries.forEach(consumer);
            if (entries.size() < page) {
                return;
            }
        }
    }

    int count(AuditFilter filter) {
        var sql = new StringBuilder("select count(*) from audit_event");
        List<Object> args = where(filter, sql);
        Integer count = jdbc.queryForObject(sql.toString(), Integer.class, args.toArray());
        return count == null ? 0 : count;
    }

    private static List<Object> where(AuditFilter filter, StringBuilder sql) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (filter.actor() != null) {
            conditions.add("lower(actor) like ? escape '\\'");
            args.add("%" + likeEscaped(filter.actor().toLowerCase(Locale.ROOT)) + "%");
        }
        if (!filter.actions().isEmpty()) {
            conditions.add("action in ("
                    + String.join(", ", filter.actions().stream().map(a -> "?").toList()) + ")");
            filter.actions().stream().map(Enum::name).sorted().forEach(args::add);
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= ?");
            args.add(utc(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < ?");
            args.add(utc(filter.to()));
        }
        if (!conditions.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", conditions));
        }
        return args;
    }

    private List<AuditEntry> withDetails(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> details = new LinkedHashMap<>();
        rows.forEach(row -> details.put(row.id(), new LinkedHashMap<>()));
        jdbc.query(
                "select event_id, name, detail from audit_event_detail where event_id in ("
                        + String.join(", ", rows.stream().map(r -> "?").toList())
                        + ") order by event_id, position",
                (ResultSet rs) -> {
                    details.get(rs.getLong(1)).put(rs.getString(2), rs.getString(3));
                },
                rows.stream().map(Row::id).toArray());
        return rows.stream()
                .map(row -> new AuditEntry(
                        row.id(),
                        row.occurredAt(),
                        row.actor(),
                        row.action(),
                        row.target(),
                        row.clientAddress(),
                        details.get(row.id())))
                .toList();
    }

    private record Row(
            long id,
            Instant occurredAt,
            String actor,
            AuditAction action,
            String target,
            @Nullable String clientAddress,
            long seq,
            @Nullable String prevHash,
            @Nullable String hash) {}

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        boolean chained = rs.getMetaData().getColumnCount() > 6;
        return new Row(
                rs.getLong(1),
                rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getString(3),
                AuditAction.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                chained ? rs.getLong(7) : 0,
                chained ? rs.getString(8) : null,
                chained ? rs.getString(9) : null);
    }

    /** Stored in UTC whatever the database server's zone. */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
