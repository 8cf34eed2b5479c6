package org.gridloop.casework;

import static org.gridloop.casework.CaseAction.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gridloop.casework.CaseEvent.*;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;

/**
 * A case file (案卷): one problem in public space from its report to its close.
 *
 * <p>Its life: a report from any channel creates it ({@link #submit}); the supervision center
 * verifies, accepts and registers it (correcting its class, 改类, on the way if it was filed
 * under the wrong one); the command center dispatches it to a department, which
 * handles it (or asks to return, extend or suspend it); an inspector checks the result on site
 * (a failed check sends it back for rework); the shift supervisor closes it. Each step is one
 * method here, checked against {@link CaseTransitions} and the actor's data scope, recorded as
 * one immutable {@link TimelineEntry} and announced as one {@link CaseEvent}.
 */
public class CaseFile {

    /** The registration condition (立案条件) of a case registered without naming one. */
    public static final String DEFAULT_CONDITION = "default";

    private final Long id;
    private final CaseNumber number;
    private CaseFacts facts;
    private int version;
    private CaseStatus status;
    private final CaseProgress progress;
    private final CaseClock clock;
    private final List<TimelineEntry> timeline;
    private final List<TimelineEntry> newEntries = new ArrayList<>();
    private final List<CaseEvent> events = new ArrayList<>();

    CaseFile(Long id, CaseNumber number, CaseFacts facts, int version, CaseStatus status, CaseProgress progress,
            CaseClock clock, List<TimelineEntry> timeline) {
        this.id = id;
        this.number = number;
        this.facts = facts;
        this.version = version;
        this.status = status;
        this.progress = progress;
        this.clock = clock;
        this.timeline = new ArrayList<>(timeline);
    }

    /** 上报: a report becomes a case waiting for intake. */
    public static CaseFile submit(CaseNumber number, CaseFacts facts, Actor actor) {
        Post post = creatingPost(actor, SUBMIT);
        CaseFile file = new CaseFile(null, number, facts, 0, CaseStatus.REPORTED, new CaseProgress(),
                new CaseClock(), List.of());
        Step step = new Step(actor, facts.reportedAt(), null, facts.photos(), facts.location().latitude(),
                facts.location().longitude());
        file.record(SUBMIT, post, null, CaseStatus.REPORTED, step, Detail.NONE);
        file.events.add(new CaseReported(number.value(), facts.kind(), facts.categoryCode(), gridCode(facts),
                facts.subdistrictCode(), facts.channel().name(), facts.reporter(), facts.reportedAt()));
        return file;
    }

    /**
     * 自行处置: an inspector fixed a trivial problem on the spot (before/after photos). The case
     * starts as checked; the shift supervisor's close is the audit, a discard refuses it.
     */
    public static CaseFile selfHandle(CaseNumber number, CaseFacts facts, Step step) {
        Post post = creatingPost(step.actor(), SELF_HANDLE);
        CaseFile file = new CaseFile(null, number, facts, 0, CaseStatus.CHECKED, new CaseProgress(),
                new CaseClock(), List.of());
        file.progress.verified = true;
        file.record(SELF_HANDLE, post, null, CaseStatus.CHECKED, step, Detail.NONE);
        file.events.add(new CaseSelfHandled(number.value(), facts.kind(), facts.categoryCode(), gridCode(facts),
                facts.subdistrictCode(), facts.reporter(), step.at()));
        return file;
    }

    /**
     * 历史数据导入: the system an imported case comes from verified the report on site before
     * accepting it; its record keeps no step of that, so neither does the timeline.
     */
    void verifiedBeforeImport() {
        progress.verified = true;
    }

    public void requestVerification(Step step, String inspector) {
        Post post = begin(step, REQUEST_VERIFICATION);
        progress.assignedInspector = inspector;
        record(REQUEST_VERIFICATION, post, CaseStatus.VERIFYING, step, Detail.inspector(inspector));
        events.add(new VerificationRequested(number.value(), inspector, step.at()));
    }

    /**
     * 改派: the open verification or check task goes to {@code inspector}; the case stays where
     * it is and so does its stage clock.
     */
    public void reassign(Step step, String inspector) {
        Post post = begin(step, REASSIGN);
        String from = progress.assignedInspector;
        progress.assignedInspector = inspector;
        record(REASSIGN, post, status, step, Detail.inspector(inspector));
        events.add(new TaskReassigned(number.value(), CaseStage.of(status), from, inspector, step.at()));
    }

    /** 核实: the problem is there ({@code confirmed}) or not; either way the operator decides next. */
    public void verify(Step step, boolean confirmed) {
        Post post = begin(step, VERIFY);
        progress.verified = confirmed;
        String inspector = progress.assignedInspector;
        progress.assignedInspector = null;
        record(VERIFY, post, CaseStatus.REPORTED, step,
                new Detail(null, inspector, confirmed ? Outcome.CONFIRMED : Outcome.NOT_FOUND, null));
        events.add(new CaseVerified(number.value(), confirmed, inspector, step.at()));
    }

    public void accept(Step step) {
        Post post = begin(step, ACCEPT);
        record(ACCEPT, post, CaseStatus.ACCEPTED, step, Detail.NONE);
        events.add(new CaseAccepted(number.value(), step.at()));
    }

    public void reject(Step step) {
        Post post = begin(step, REJECT);
        record(REJECT, post, CaseStatus.REJECTED, step, Detail.NONE);
        events.add(new CaseRejected(number.value(), step.note(), step.at()));
    }

    /** 合并: this case duplicates {@code into}, an open case of the same class nearby. */
    public void mergeInto(Step step, CaseNumber into) {
        Post post = begin(step, MERGE);
        progress.mergedInto = into.value();
        record(MERGE, post, CaseStatus.MERGED, step, Detail.NONE);
        events.add(new CaseMerged(number.value(), into.value(), step.at()));
    }

    /**
     * 改类: the case was filed under the wrong class and now stands under {@code facts}' class;
     * the status stays. The reason is the step's note.
     *
     * @param corrected the facts under the new class (with the register asset found for it, if any)
     */
    public void reclassify(Step step, CaseFacts corrected) {
        Post post = begin(step, RECLASSIFY);
        CaseFacts before = facts;
        Reclassification change = new Reclassification(before.kind(), before.categoryCode(), before.categoryName(),
                corrected.kind(), corrected.categoryCode(), corrected.categoryName());
        facts = corrected;
        record(RECLASSIFY, post, status, status, step, Detail.NONE, change);
        events.add(new CaseReclassified(number.value(), before.kind(), before.categoryCode(), corrected.kind(),
                corrected.categoryCode(), corrected.subdistrictCode(), step.note(), step.at()));
    }

    /**
     * 立案 with the urgency and registration condition that select the handling limit
     * ({@code condition} is a code such as {@code default}).
     */
    public void register(Step step, Urgency urgency, String condition) {
        Post post = begin(step, REGISTER);
        progress.urgency = urgency;
        progress.condition = condition;
        record(REGISTER, post, CaseStatus.REGISTERED, step, Detail.NONE);
        events.add(new CaseRegistered(number.value(), facts.kind(), facts.categoryCode(), facts.subdistrictCode(),
                step.at()));
    }

    public void decline(Step step) {
        Post post = begin(step, DECLINE);
        record(DECLINE, post, CaseStatus.DECLINED, step, Detail.NONE);
        events.add(new CaseDeclined(number.value(), step.note(), step.at()));
    }

    /**
     * 派遣 to {@code department}; {@code proposed} is what routing proposed, kept to measure
     * dispatch accuracy.
     */
    public void dispatch(Step step, String department, String proposed) {
        Post post = begin(step, DISPATCH);
        progress.department = department;
        progress.dispatchCount++;
        record(DISPATCH, post, CaseStatus.DISPATCHED, step, Detail.department(department));
        events.add(new CaseDispatched(number.value(), department, proposed, step.at()));
    }

    public void requestReturn(Step step) {
        Post post = begin(step, REQUEST_RETURN);
        record(REQUEST_RETURN, post, CaseStatus.RETURN_REQUESTED, step, Detail.department(progress.department));
        events.add(new ReturnRequested(number.value(), progress.department, step.note(), step.at()));
    }

    /** 同意回退: the case waits for a new dispatch; the returned dispatch counts as inaccurate. */
    public void approveReturn(Step step) {
        Post post = begin(step, APPROVE_RETURN);
        String returning = progress.department;
        progress.department = null;
        progress.extensionPending = false;
        progress.returnCount++;
        record(APPROVE_RETURN, post, CaseStatus.REGISTERED, step, Detail.department(returning));
        events.add(new ReturnApproved(number.value(), returning, step.at()));
    }

    public void rejectReturn(Step step) {
        Post post = begin(step, REJECT_RETURN);
        record(REJECT_RETURN, post, CaseStatus.DISPATCHED, step, Detail.department(progress.department));
        events.add(new ReturnRejected(number.value(), progress.department, step.at()));
    }

    /** 申请延期 by {@code minutes} of working time; the department keeps working meanwhile. */
    public void requestExtension(Step step, int minutes) {
        Post post = begin(step, REQUEST_EXTENSION);
        progress.extensionPending = true;
        progress.extensionRequestedMinutes = minutes;
        record(REQUEST_EXTENSION, post, CaseStatus.DISPATCHED, step, Detail.department(progress.department));
        events.add(new ExtensionRequested(number.value(), progress.department, minutes, step.at()));
    }

    /** 审批延期: {@code minutes} granted (0 when refused). */
    public void decideExtension(Step step, boolean granted, int minutes) {
        Post post = begin(step, DECIDE_EXTENSION);
        progress.extensionPending = false;
        int grantedMinutes = granted ? minutes : 0;
        progress.extensionGrantedMinutes += grantedMinutes;
        record(DECIDE_EXTENSION, post, CaseStatus.DISPATCHED, step,
                new Detail(progress.department, null, granted ? Outcome.GRANTED : Outcome.REFUSED, grantedMinutes));
        events.add(new ExtensionDecided(number.value(), progress.department, granted, grantedMinutes, step.at()));
    }

    public void requestSuspension(Step step) {
        Post post = begin(step, REQUEST_SUSPENSION);
        record(REQUEST_SUSPENSION, post, CaseStatus.SUSPENSION_REQUESTED, step, Detail.department(progress.department));
        events.add(new SuspensionRequested(number.value(), progress.department, step.at()));
    }

    public void decideSuspension(Step step, boolean approved) {
        Post post = begin(step, DECIDE_SUSPENSION);
        CaseStatus to = approved ? CaseStatus.SUSPENDED : CaseStatus.DISPATCHED;
        record(DECIDE_SUSPENSION, post, to, step,
                new Detail(progress.department, null, approved ? Outcome.GRANTED : Outcome.REFUSED, null));
        events.add(new SuspensionDecided(number.value(), progress.department, approved, step.at()));
    }

    public void resume(Step step) {
        Post post = begin(step, RESUME);
        record(RESUME, post, CaseStatus.DISPATCHED, step, Detail.department(progress.department));
        events.add(new CaseResumed(number.value(), progress.department, step.at()));
    }

    public void reportHandled(Step step) {
        Post post = begin(step, REPORT_HANDLED);
        progress.extensionPending = false;
        record(REPORT_HANDLED, post, CaseStatus.HANDLED, step, Detail.department(progress.department));
        events.add(new CaseHandled(number.value(), progress.department, step.at()));
    }

    public void requestCheck(Step step, String inspector) {
        Post post = begin(step, REQUEST_CHECK);
        progress.assignedInspector = inspector;
        record(REQUEST_CHECK, post, CaseStatus.CHECKING, step, Detail.inspector(inspector));
        events.add(new CheckRequested(number.value(), inspector, step.at()));
    }

    /** 核查: passed, or failed and sent back to the same department for rework (返工). */
    public void check(Step step, boolean passed) {
        Post post = begin(step, CHECK);
        String inspector = progress.assignedInspector;
        progress.assignedInspector = null;
        if (!passed) {
            progress.reworkCount++;
        }
        CaseStatus to = passed ? CaseStatus.CHECKED : CaseStatus.DISPATCHED;
        record(CHECK, post, to, step,
                new Detail(progress.department, inspector, passed ? Outcome.PASSED : Outcome.FAILED, null));
        events.add(new CaseChecked(number.value(), passed, progress.department, inspector, step.at()));
    }

    public void close(Step step) {
        Post post = begin(step, CLOSE);
        record(CLOSE, post, CaseStatus.CLOSED, step, Detail.NONE);
        events.add(new CaseClosed(number.value(), step.at()));
    }

    public void discard(Step step) {
        Post post = begin(step, DISCARD);
        progress.assignedInspector = null;
        progress.extensionPending = false;
        record(DISCARD, post, CaseStatus.DISCARDED, step, Detail.NONE);
        events.add(new CaseDiscarded(number.value(), step.note(), step.at()));
    }

    public void urge(Step step) {
        Post post = begin(step, URGE);
        record(URGE, post, status, step, Detail.department(progress.department));
        events.add(new CaseUrged(number.value(), progress.department, facts.subdistrictCode(), step.note(),
                step.actor().username(), step.at()));
    }

    public void comment(Step step) {
        Post post = begin(step, COMMENT);
        record(COMMENT, post, status, step, Detail.NONE);
        events.add(new CaseCommented(number.value(), step.at()));
    }

    /** The actions the actor may take on this case now. */
    public Set<CaseAction> allowedActions(Actor actor) {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : CaseAction.values()) {
            if (!action.createsCase() && CaseAuthorization.allows(this, actor, action)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    public boolean isVisibleTo(Actor actor) {
        return CaseAuthorization.canSee(this, actor);
    }

    private Post begin(Step step, CaseAction action) {
        return CaseAuthorization.authorize(this, step.actor(), action);
    }

    private static Post creatingPost(Actor actor, CaseAction action) {
        return actor.posts().stream().filter(CaseTransitions.creation(action)::permits).findFirst()
                .orElseThrow(() -> CaseActionRefused.cannotCreate(action));
    }

    private void record(CaseAction action, Post post, CaseStatus to, Step step, Detail detail) {
        record(action, post, status, to, step, detail);
    }

    private void record(CaseAction action, Post post, CaseStatus from, CaseStatus to, Step step, Detail detail) {
        record(action, post, from, to, step, detail, null);
    }

    private void record(CaseAction action, Post post, CaseStatus from, CaseStatus to, Step step, Detail detail,
            Reclassification reclassification) {
        TimelineEntry entry = new TimelineEntry(timeline.size() + 1, action, from, to, step.actor().username(), post,
                step.at(), step.latitude(), step.longitude(), step.note(), step.photos(), detail.department(),
                detail.inspector(), detail.outcome(), detail.minutes(), null, null, reclassification);
        timeline.add(entry);
        newEntries.add(entry);
        status = to;
    }

    /** What a timeline entry records besides who, when, where and the note. */
    private record Detail(String department, String inspector, Outcome outcome, Integer minutes) {

        static final Detail NONE = new Detail(null, null, null, null);

        static Detail department(String department) {
            return new Detail(department, null, null, null);
        }

        static Detail inspector(String inspector) {
            return new Detail(null, inspector, null, null);
        }
    }

    private static String gridCode(CaseFacts facts) {
        return facts.place() == null ? null : facts.place().grid().value();
    }

    public Long id() {
        return id;
    }

    public CaseNumber number() {
        return number;
    }

    public CaseFacts facts() {
        return facts;
    }

    public CaseStatus status() {
        return status;
    }

    /** The version read from the store; a save with a stale version is refused. */
    public int version() {
        return version;
    }

    /** The department the case is dispatched to (or was, once handled), {@code null} before dispatch. */
    public String department() {
        return progress.department;
    }

    /** The inspector whose verification or check task is open, if any. */
    public String assignedInspector() {
        return progress.assignedInspector;
    }

    public boolean isVerified() {
        return progress.verified;
    }

    public boolean isExtensionPending() {
        return progress.extensionPending;
    }

    public CaseProgress progress() {
        return progress.copy();
    }

    /** The clocks of the case as of its last stored step. */
    public CaseClock clock() {
        return clock.copy();
    }

    /** The clocks themselves, for the {@link Timekeeper}. */
    CaseClock runningClock() {
        return clock;
    }

    /** Records in a new entry the stage it ended and whether that stage kept its limit. */
    void clocked(TimelineEntry entry, CaseStage stage, boolean onTime) {
        TimelineEntry ended = entry.ending(stage, onTime);
        timeline.set(timeline.indexOf(entry), ended);
        newEntries.set(newEntries.indexOf(entry), ended);
    }

    public List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    /** After a save: the stored version moves on, the new entries and events are done. */
    void stored() {
        if (id != null) {
            version++;
        }
        newEntries.clear();
        events.clear();
    }

    List<TimelineEntry> newEntries() {
        return List.copyOf(newEntries);
    }

    List<CaseEvent> events() {
        return List.copyOf(events);
    }
}
