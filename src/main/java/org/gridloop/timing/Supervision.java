package org.gridloop.timing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.gridloop.casework.Light;
import org.gridloop.casework.StageAlert;
import org.gridloop.casework.StageAlerts;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.gridloop.timing.internal.UrgeNoticeStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Supervision (督办): the scan that raises {@link CaseDueSoon} when a stage clock turns yellow and
 * {@link CaseOverdue} with an {@link UrgeNotice urge notice} when it turns red, once per stage
 * each, and the notices as users see them.
 *
 * <p>The scan claims clocks in batches, each batch in one transaction with its notices and
 * events: several nodes may scan at once, each clock goes to exactly one of them.
 */
@Service
public class Supervision {

    private final StageAlerts alerts;
    private final UrgeNoticeStore notices;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batch;

    /** @param batch clocks claimed per transaction ({@code gridloop.timing.scan-batch}) */
    Supervision(StageAlerts alerts, UrgeNoticeStore notices, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock, @Value("${gridloop.timing.scan-batch:1000}") int batch) {
        this.batch = batch;
        this.alerts = alerts;
        this.notices = notices;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What one scan raised. */
    public record ScanResult(int dueSoon, int overdue) {
    }

    /** Raises the alerts due now. */
    public ScanResult scan() {
        Instant now = clock.instant();
        return new ScanResult(raise(Light.YELLOW, now), raise(Light.RED, now));
    }

    /** Claims the clocks showing {@code light} batch by batch, each batch from where the last one ended. */
    private int raise(Light light, Instant now) {
        int raised = 0;
        Instant from = Instant.EPOCH;
        while (true) {
            Instant after = from;
            List<StageAlert> claimed = transactions.execute(status -> raiseBatch(light, after, now));
            raised += claimed.size();
            if (claimed.size() < batch) {
                return raised;
            }
            from = claimed.get(claimed.size() - 1).reachedAt();
        }
    }

    private List<StageAlert> raiseBatch(Light light, Instant from, Instant now) {
        List<StageAlert> claimed = alerts.claim(light, from, now, batch);
        if (light == Light.RED) {
            notices.addOverdue(claimed, now);
        }
        for (StageAlert alert : claimed) {
            events.publishEvent(light == Light.RED
                    ? new CaseOverdue(alert.number(), alert.stage(), alert.department(), alert.dueAt(), now)
                    : new CaseDueSoon(alert.number(), alert.stage(), alert.department(), alert.dueAt(), now));
        }
        return claimed;
    }

    /**
     * The latest urge notices the actor may see: a department handler those of their department,
     * the centers and leaders all, or those of their subdistricts when they work for subdistrict
     * centers.
     */
    public List<UrgeNotice> recentNotices(Actor actor, int limit) {
        if (!central(actor) && actor.departmentCode() == null) {
            return List.of();
        }
        return central(actor) ? notices.recent(null, actor.subdistrictCodes(), limit)
                : notices.recent(actor.departmentCode(), Set.of(), limit);
    }

    /** The urge notices of one case, oldest first. */
    public List<UrgeNotice> noticesOf(String caseNumber) {
        return notices.ofCase(caseNumber);
    }

    /** The urge notices of one case the actor may see, oldest first. */
    public List<UrgeNotice> noticesOf(String caseNumber, Actor actor) {
        return noticesOf(caseNumber).stream()
                .filter(notice -> central(actor) && actor.covers(notice.subdistrictCode())
                        || actor.departmentCode() != null && actor.departmentCode().equals(notice.department()))
                .toList();
    }

    private static boolean central(Actor actor) {
        return actor.holds(Post.DISPATCHER) || actor.holds(Post.LEADER) || actor.holds(Post.SHIFT_SUPERVISOR)
                || actor.holds(Post.ADMINISTRATOR);
    }
}
