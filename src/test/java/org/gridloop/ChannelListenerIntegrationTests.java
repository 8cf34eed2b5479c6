package org.gridloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A channel listener on the real PostgreSQL: payloads arrive when their transaction commits, and only then. */
@SpringBootTest
class ChannelListenerIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger missed = new AtomicInteger();
    private ChannelListener listener;

    @BeforeEach
    void listen() {
        listener = new ChannelListener(dataSource, jdbc, "gridloop_test") {
            @Override
            protected void received(String payload) {
                received.add(payload);
            }

            @Override
            protected void mayHaveMissed() {
                missed.incrementAndGet();
            }
        };
        listener.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> missed.get() == 1);
    }

    @AfterEach
    void stop() {
        listener.stop();
    }

    @Test
    void aPayloadArrivesWhenItsTransactionCommitsAndARolledBackOneNever() {
        transactions.executeWithoutResult(status -> {
            listener.send("rolled back");
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> listener.send("first"));
        transactions.executeWithoutResult(status -> listener.send("second"));

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 2);
        assertThat(received).containsExactly("first", "second");
        assertThat(missed).as("no connection was lost").hasValue(1);
    }

    @Test
    void aLostConnectionCountsAsMissedAndTheListenerListensAgain() {
        int killed = jdbc.sql("""
                SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                WHERE query = 'LISTEN gridloop_test' AND pid <> pg_backend_pid()""").query(Integer.class).single();
        assertThat(killed).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> missed.get() >= 3);
        transactions.executeWithoutResult(status -> listener.send("after"));
        await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("after"));
    }
}
