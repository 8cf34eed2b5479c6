package org.gridloop.field.internal;

import java.util.List;

import org.gridloop.DomainException;
import org.gridloop.casework.CaseManagement;
import org.gridloop.casework.CaseManagement.Submitted;
import org.gridloop.field.internal.SyncRequest.QueuedReport;
import org.gridloop.field.internal.SyncResponse.ItemAnswer;
import org.gridloop.identity.Actor;
import org.gridloop.intake.ReportSubmission;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Files the reports a field client queued through the same path as {@code POST /api/v1/reports}
 * ({@link CaseManagement#submit}), so the reporter's client id makes each report exactly once: a
 * replayed report is answered {@code duplicate} with the case of the first. A position less
 * accurate than {@link FieldProperties#maxAccuracyMeters()} is refused unless the inspector
 * placed the point by hand. A self-handled report (自行处置) keeps its before photos as the
 * report's and its after photos on the self-handling step.
 */
@Component
@EnableConfigurationProperties(FieldProperties.class)
class QueuedReports {

    private final CaseManagement cases;
    private final Refusals refusals;
    private final FieldProperties properties;

    QueuedReports(CaseManagement cases, Refusals refusals, FieldProperties properties) {
        this.cases = cases;
        this.refusals = refusals;
        this.properties = properties;
    }

    ItemAnswer file(QueuedReport report, Actor actor) {
        try {
            checkAccuracy(report);
            checkAfterPhotos(report);
            Submitted submitted = report.isSelfHandled()
                    ? cases.submitSelfHandled(submission(report), report.afterPhotos(), actor)
                    : cases.submit(submission(report), List.of(), false, actor);
            String number = submitted.number().value();
            return submitted.created() ? ItemAnswer.accepted(report.clientId(), number)
                    : ItemAnswer.duplicate(report.clientId(), number);
        } catch (DomainException refusal) {
            return refusals.refused(report.clientId(), null, refusal);
        }
    }

    private void checkAccuracy(QueuedReport report) {
        Double accuracy = report.accuracyMeters();
        double limit = properties.maxAccuracyMeters();
        if (!report.isPinned() && accuracy != null && accuracy > limit) {
            throw DomainException.invalidField("accuracyMeters", "field.sync.accuracy",
                    "accuracy above " + limit + " m: place the point by hand");
        }
    }

    /** Only a self-handled report (自行处置) shows the problem after a fix. */
    private static void checkAfterPhotos(QueuedReport report) {
        if (!report.isSelfHandled() && !report.afterPhotos().isEmpty()) {
            throw DomainException.invalidField("afterPhotos", "field.sync.afterPhotos",
                    "only a self-handled report has photos after the fix");
        }
    }

    private static ReportSubmission submission(QueuedReport report) {
        return new ReportSubmission(report.kind(), report.categoryCode(), report.lat(), report.lon(),
                report.accuracyMeters(), report.address(), report.description(), report.clientId(), null,
                report.photos(),
                report.assetIdentifier(), report.isPinned(), Boolean.TRUE.equals(report.urgent()),
                report.reportedAt() == null ? null : report.reportedAt().toInstant());
    }
}
