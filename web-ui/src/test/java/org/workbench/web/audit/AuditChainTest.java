package org.workbench.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tampering with the audit table behind the application's back shows: each row is chained to the one before by a
 * hash, appends that race each other still form one chain, and the check says where it breaks.
 */
@SpringBootTest(properties = "workbench.audit.chain-check-interval=PT1000H")
@ActiveProfiles("test")
class AuditChainTest {
    @Autowired
    DatabaseAuditTrail audit;

    @Autowired
    AuditStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void racing_appends_form_one_chain_and_a_changed_or_removed_row_breaks_it_where_it_happened_or_at_its_end()
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        try {
            List<Future<?>> appends = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                appends.add(pool.submit(() -> {
                    start.await();
                    audit.recordAs(
                            "racer" + n,
                            "10.0.0." + n,
                            AuditAction.LOGIN_FAILED,
                            "user:racer" + n,
                            Map.of("n", "" + n));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> append : appends) {
                append.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        AuditChainCheck intact = store.verifyChain();
        assertThat(intact.intact()).as("%s", intact).isTrue();
        assertThat(intact.checked()).isGreaterThanOrEqualTo(40);

        long changed = id("racer7");
        jdbc.update("update audit_event set actor = 'someone else' where id = ?", changed);
        assertThat(store.verifyChain().brokenAt()).isEqualTo(changed);
        jdbc.update("update audit_event set actor = 'racer7' where id = ?", changed);
        assertThat(store.verifyChain().intact()).isTrue();

        long detailChanged = id("racer9");
        jdbc.update("update audit_event_detail set detail = 'x' where event_id = ?", detailChanged);
        assertThat(store.verifyChain().brokenAt()).isEqualTo(detailChanged);
        jdbc.update("update audit_event_detail set detail = '9' where event_id = ?", detailChanged);

        audit.recordAs("last", null, AuditAction.LOGOUT, "user:last", Map.of());
        assertThat(store.verifyChain().intact()).isTrue();
        jdbc.update("delete from audit_event where id = ?", id("last"));
        AuditChainCheck tail = store.verifyChain();
        assertThat(tail.tailMissing()).isTrue();
        assertThat(tail.intact()).isFalse();

        // The racer first in the chain: which one that is depends on how the threads raced, and the row after it
        // must exist (the last racer's successor was the deleted tail).
        long removed = jdbc.queryForObject(
                "select id from audit_event where actor like 'racer%' order by chain_seq limit 1", Long.class);
        long seq = jdbc.queryForObject("select chain_seq from audit_event where id = ?", Long.class, removed);
        long next = jdbc.queryForObject("select id from audit_event where chain_seq = ?", Long.class, seq + 1);
        jdbc.update("delete from audit_event_detail where event_id = ?", removed);
        jdbc.update("delete from audit_event where id = ?", removed);
        assertThat(store.verifyChain().brokenAt()).isEqualTo(next);
    }

    private long id(String actor) {
        return jdbc.queryForObject("select max(id) from audit_event where actor = ?", Long.class, actor);
    }
}
