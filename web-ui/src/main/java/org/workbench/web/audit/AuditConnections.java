package org.workbench.web.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A few database connections of the audit log's own, to the application's database. An entry is written in a
 * transaction of its own (see {@link DatabaseAuditTrail}); taken from the application's pool, that transaction's
 * connection was awaited by a request that already held one, and with as many saving requests as connections every
 * one of them waited for a connection none would give back until the pool's timeout (seen under load: all requests
 * stalled for 30 s). An audit transaction holds nothing but its own connection and the chain's end, so waiting for
 * this pool always ends.
 */
@Component
class AuditConnections implements DisposableBean {
    private final @Nullable HikariDataSource own;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    AuditConnections(DataSource application, @Value("${workbench.audit.connections:2}") int connections) {
        DataSource source = application;
        HikariDataSource pool = null;
        // A pool other than Hikari's (none is configured so) is used as it is: correct, only without the separation.
        if (application instanceof HikariDataSource hikari) {
            HikariConfig config = new HikariConfig();
            hikari.copyStateTo(config);
            config.setPoolName("audit");
            config.setMaximumPoolSize(Math.max(1, connections));
            config.setMinimumIdle(Math.min(1, connections));
            pool = new HikariDataSource(config);
            source = pool;
        }
        this.own = pool;
        this.jdbc = new JdbcTemplate(source);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(source));
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    void inTransaction(Runnable work) {
        transaction.executeWithoutResult(status -> work.run());
    }

    @Override
    public void destroy() {
        if (own != null) {
            own.close();
        }
    }
}
