package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.gridloop.casework.CaseEvent.CaseReported;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.gridloop.intake.ReportSubmission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Case events are stored in the event publication registry with the change that raised them,
 * so a listener that fails (or a node that dies) gets them again on resubmission.
 */
@SpringBootTest
class CaseEventPublicationIntegrationTests {

    /** The publications of this test's listener; other modules follow the same events with their own. */
    private static final String LISTENER = "%CaseEventPublicationIntegrationTests%";

    @Autowired
    CaseManagement cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    Listener listener;

    @Test
    void reportIsDeliveredOnceTheListenerRecovers() {
        Actor inspector = new Actor("inspector", "张伟", Set.of(Post.INSPECTOR), null);
        listener.fail(true);

        String number = cases.submit(new ReportSubmission("incident", "01001", 22.70, 114.13, 5.0, null, "井盖异常",
                "event-test-1", null, List.of()), inspector).number().value();

        await().atMost(Duration.ofSeconds(10)).until(() -> failedPublications(number) == 1);
        assertThat(listener.received()).isEmpty();

        listener.fail(false);
        incomplete.resubmitIncompletePublications(publication -> true);

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.received().contains(number));
        await().atMost(Duration.ofSeconds(10)).until(() -> completedPublications(number) == 1);
    }

    private long failedPublications(String number) {
        return jdbc.sql("""
                SELECT count(*) FROM event_publication
                WHERE serialized_event LIKE :number AND listener_id LIKE :listener AND completion_date IS NULL
                  AND status = 'FAILED'""")
                .param("number", "%" + number + "%").param("listener", LISTENER).query(Long.class).single();
    }

    private long completedPublications(String number) {
        return jdbc.sql("""
                SELECT count(*) FROM event_publication
                WHERE serialized_event LIKE :number AND listener_id LIKE :listener AND completion_date IS NOT NULL""")
                .param("number", "%" + number + "%").param("listener", LISTENER).query(Long.class).single();
    }

    /** A module listener that can be made to fail, standing for any module following casework. */
    static class Listener {

        private final AtomicBoolean failing = new AtomicBoolean();
        private final List<String> received = new CopyOnWriteArrayList<>();

        void fail(boolean fail) {
            failing.set(fail);
        }

        List<String> received() {
            return received;
        }

        @ApplicationModuleListener
        void on(CaseReported reported) {
            if (failing.get()) {
                throw new IllegalStateException("listener down");
            }
            received.add(reported.number());
        }
    }

    @TestConfiguration
    static class ListenerConfiguration {

        @Bean
        Listener caseReportedListener() {
            return new Listener();
        }
    }
}
