package org.gridloop.casework.web;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.gridloop.casework.CaseFacts;
import org.gridloop.casework.Deadlines;
import org.gridloop.casework.CaseFile;
import org.gridloop.casework.CaseManagement;
import org.gridloop.casework.CaseQueries;
import org.gridloop.casework.CaseSummary;
import org.gridloop.casework.CaseAction;
import org.gridloop.casework.Reclassification;
import org.gridloop.casework.TimelineEntry;
import org.gridloop.casework.web.CaseRepresentation.*;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.gridloop.organization.Departments;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds the API view of a case for one user. The hotline caller is shown to the supervision
 * center only.
 */
@Component
class CaseRepresentations {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CaseManagement cases;
    private final CaseQueries queries;
    private final Departments departments;
    private final Deadlines deadlines;
    private final Clock clock;

    CaseRepresentations(CaseManagement cases, CaseQueries queries, Departments departments, Deadlines deadlines,
            Clock clock) {
        this.cases = cases;
        this.queries = queries;
        this.departments = departments;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    CaseRepresentation of(CaseFile file, Actor actor) {
        CaseFacts facts = file.facts();
        var place = facts.place();
        var progress = file.progress();
        boolean supervisionCenter = actor.holds(Post.INTAKE_OPERATOR) || actor.holds(Post.SHIFT_SUPERVISOR);
        ClockView clocks = ClockView.of(file.clock(), deadlines, clock.instant());
        boolean staged = clocks.stage() != null;
        return new CaseRepresentation(file.number().value(), file.status().name(), kind(facts),
                new CategoryPart(facts.scheme(), facts.categoryCode(), facts.categoryName(), facts.majorName()),
                new LocationPart(facts.location().latitude(), facts.location().longitude(),
                        facts.location().accuracyMeters(), facts.location().address(), facts.location().pinned()),
                GridPart.of(place),
                place == null, AssetPart.of(facts.asset()), facts.description(), facts.channel().name(), facts.reporter(),
                supervisionCenter && facts.caller() != null
                        ? new CallerPart(facts.caller().name(), facts.caller().phone()) : null,
                department(file), progress.assignedInspector(), progress.extensionPending(),
                progress.dispatchCount(), progress.returnCount(), progress.reworkCount(), progress.mergedInto(),
                queries.duplicatesMergedInto(file),
                queries.probableDuplicates(file).stream().map(CaseSummary::number).toList(),
                facts.photos(), at(facts.reportedAt()), facts.filedBeforeReceipt() ? at(facts.filedAt()) : null,
                facts.urgentProposed(), file.version(),
                progress.urgency() == null ? null : progress.urgency().name(), progress.condition(),
                staged ? clocks.stage().name() : null, staged ? clocks.light().name() : null, at(clocks.dueAt()),
                clocks.remainingMinutes(), staged ? clocks.paused() : null,
                clocks.caseDueAt() == null ? null : new CaseClockPart(clocks.caseLight().name(),
                        at(clocks.caseDueAt()), clocks.closedOnTime()),
                file.allowedActions(actor).stream().map(CaseAction::apiName).toList(),
                file.timeline().stream().map(CaseRepresentations::entry).toList());
    }

    static String kind(CaseFacts facts) {
        return kind(facts.kind());
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }

    private DepartmentPart department(CaseFile file) {
        if (file.department() != null) {
            return departmentPart(file.department(), false);
        }
        if (file.status().isTerminal()) {
            return null;
        }
        return cases.proposedDepartment(file).map(code -> departmentPart(code, true)).orElse(null);
    }

    private DepartmentPart departmentPart(String code, boolean proposed) {
        String name = departments.find(code)
                .map(department -> department.name(LocaleContextHolder.getLocale())).orElse(code);
        return new DepartmentPart(code, name, proposed);
    }

    private static EntryPart entry(TimelineEntry entry) {
        return new EntryPart(entry.sequence(), entry.action().apiName(),
                entry.from() == null ? null : entry.from().name(), entry.to().name(), entry.actor(),
                entry.post().name(), at(entry.at()), entry.latitude(), entry.longitude(), entry.note(),
                entry.photos(), entry.department(), entry.inspector(),
                entry.outcome() == null ? null : entry.outcome().name(), entry.minutes(),
                entry.stage() == null ? null : entry.stage().name(), entry.onTime(),
                reclassification(entry.reclassification()));
    }

    private static ReclassificationPart reclassification(Reclassification change) {
        return change == null ? null : new ReclassificationPart(
                new ClassPart(kind(change.fromKind()), change.fromCode(), change.fromName()),
                new ClassPart(kind(change.toKind()), change.toCode(), change.toName()));
    }

    private static String kind(CategoryKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
