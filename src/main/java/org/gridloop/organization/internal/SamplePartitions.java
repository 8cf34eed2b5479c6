package org.gridloop.organization.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily partitions of {@code organization_position_sample}: one per day of Asia/Shanghai.
 * A batch of samples first {@link #ensure ensures} the partitions of its days (remembered once
 * known, so the hot path asks nothing); every night a job creates the partitions of the next
 * days and drops those older than the retention ({@code gridloop.positions.retention}, 180 days).
 * Nodes coordinate through a transaction-scoped PostgreSQL advisory lock and
 * {@code IF NOT EXISTS}, so two nodes never race on the same partition.
 */
@Component
public class SamplePartitions {

    /** The days of the samples: the working calendar's, so a day's track is one partition. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Logger log = LoggerFactory.getLogger(SamplePartitions.class);
    private static final String TABLE = "organization_position_sample";
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final int DAYS_AHEAD = 3;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Duration retention;
    private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

    SamplePartitions(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${gridloop.positions.retention:180d}") Duration retention) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.retention = retention;
    }

    /** Makes sure the partitions of the days exist, each created in its own transaction if missing. */
    public void ensure(Collection<LocalDate> days) {
        if (known.containsAll(days)) {
            return;
        }
        Set<LocalDate> missing = new TreeSet<>(days);
        missing.removeAll(known);
        ownTransaction.executeWithoutResult(status -> {
            lock();
            for (LocalDate day : missing) {
                jdbc.sql("CREATE TABLE IF NOT EXISTS " + name(day) + " PARTITION OF " + TABLE
                        + " FOR VALUES FROM ('" + startOf(day) + "') TO ('" + startOf(day.plusDays(1)) + "')")
                        .update();
            }
        });
        known.addAll(missing);
    }

    /** Creates the partitions of today and the next days and drops those past the retention. */
    @Scheduled(cron = "${gridloop.positions.maintenance-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    public void maintain() {
        LocalDate today = dayOf(clock.instant());
        ensure(today.datesUntil(today.plusDays(DAYS_AHEAD + 1)).toList());
        LocalDate oldestKept = today.minusDays(retention.toDays());
        List<String> dropped = ownTransaction.execute(status -> {
            lock();
            List<String> old = partitions().stream()
                    .filter(name -> day(name).isBefore(oldestKept)).toList();
            old.forEach(name -> jdbc.sql("DROP TABLE IF EXISTS " + name).update());
            return old;
        });
        dropped.forEach(name -> known.remove(day(name)));
        if (!dropped.isEmpty()) {
            log.info("Dropped {} position sample partitions older than {}", dropped.size(), oldestKept);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void createAhead() {
        LocalDate today = dayOf(clock.instant());
        ensure(today.datesUntil(today.plusDays(DAYS_AHEAD + 1)).toList());
    }

    /** The names of the existing partitions, oldest first. */
    List<String> partitions() {
        return jdbc.sql("""
                SELECT c.relname FROM pg_inherits i
                JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
                WHERE p.relname = :table AND c.relnamespace = p.relnamespace ORDER BY c.relname""")
                .param("table", TABLE).query(String.class).list();
    }

    /** The day of a sample instant's partition. */
    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    private void lock() {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:table))) AS locked").param("table", TABLE)
                .query(Integer.class).single();
    }

    /** Midnight of the day in Asia/Shanghai as a timestamp literal, e.g. {@code 2026-03-02T00:00+08:00}. */
    private static String startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toOffsetDateTime().toString();
    }

    static String name(LocalDate day) {
        return TABLE + "_p" + SUFFIX.format(day);
    }

    private static LocalDate day(String partition) {
        return LocalDate.parse(partition.substring(partition.lastIndexOf("_p") + 2), SUFFIX);
    }
}
