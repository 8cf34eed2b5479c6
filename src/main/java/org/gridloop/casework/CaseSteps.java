package org.gridloop.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gridloop.Choices;
import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.DomainException.Kind;
import org.gridloop.identity.Actor;
import org.gridloop.intake.Location;
import org.gridloop.intake.Photos;
import org.gridloop.organization.Department;
import org.gridloop.organization.Departments;
import org.springframework.stereotype.Component;

/**
 * Reads what an action needs from the request, checks it, and calls the case's method. The
 * workflow rules themselves (status, post, scope) are the case's own.
 */
@Component
class CaseSteps {

    static final int MAX_TEXT = 2000;
    static final int MAX_EXTENSION_MINUTES = 60 * 24 * 60;
    static final int MAX_CONDITION = 64;

    private final CaseFiles files;
    private final Departments departments;
    private final TaskInspectors inspectors;
    private final DepartmentRouting routing;
    private final Photos photos;
    private final Reclassifier reclassifier;

    CaseSteps(CaseFiles files, Departments departments, TaskInspectors inspectors, DepartmentRouting routing,
            Photos photos, Reclassifier reclassifier) {
        this.files = files;
        this.departments = departments;
        this.inspectors = inspectors;
        this.routing = routing;
        this.photos = photos;
        this.reclassifier = reclassifier;
    }

    void take(CaseFile file, CaseAction action, ActionRequest request, Actor actor, Instant at) {
        CaseAuthorization.authorize(file, actor, action);
        Fields fields = new Fields(request);
        Step step = fields.step(actor, at, action);
        switch (action) {
            case REQUEST_VERIFICATION -> file.requestVerification(fields.done(step), inspectorFor(file, request));
            case REASSIGN -> file.reassign(fields.done(step), reassignee(file, request));
            case VERIFY -> file.verify(step, fields.required("confirmed", request.confirmed()));
            case ACCEPT -> file.accept(fields.done(step));
            case REJECT -> file.reject(fields.withReason(step));
            case MERGE -> file.mergeInto(fields.done(step), mergeTarget(file, request.into(), actor));
            case RECLASSIFY -> {
                Optional<CaseFacts> corrected = reclassifier.corrected(file.facts(), request.kind(),
                        request.categoryCode(), fields.problems);
                Step withReason = fields.withRequiredReason(step);
                file.reclassify(withReason, corrected.orElseThrow());
            }
            case REGISTER -> {
                Urgency urgency = fields.urgency(request.urgency());
                String condition = fields.condition(request.condition());
                file.register(fields.done(step), urgency, condition);
            }
            case DECLINE -> file.decline(fields.withReason(step));
            case DISPATCH -> file.dispatch(fields.done(step), departmentFor(file, request), proposal(file));
            case REQUEST_RETURN -> file.requestReturn(fields.withReason(step));
            case APPROVE_RETURN -> file.approveReturn(fields.done(step));
            case REJECT_RETURN -> file.rejectReturn(fields.done(step));
            case REQUEST_EXTENSION -> {
                Step withReason = fields.withReason(step);
                file.requestExtension(withReason, fields.minutes(request.minutes(), true));
            }
            case DECIDE_EXTENSION -> {
                boolean granted = fields.required("granted", request.granted());
                Integer minutes = fields.minutes(request.minutes(), false);
                fields.done(step);
                file.decideExtension(step, granted,
                        minutes != null ? minutes : file.progress().extensionRequestedMinutes());
            }
            case REQUEST_SUSPENSION -> file.requestSuspension(fields.withReason(step));
            case DECIDE_SUSPENSION -> file.decideSuspension(step, fields.required("approved", request.approved()));
            case RESUME -> file.resume(fields.done(step));
            case REPORT_HANDLED -> file.reportHandled(fields.done(step));
            case REQUEST_CHECK -> file.requestCheck(fields.done(step), inspectorFor(file, request));
            case CHECK -> file.check(step, fields.required("passed", request.passed()));
            case CLOSE -> file.close(fields.done(step));
            case DISCARD -> file.discard(fields.withReason(step));
            case URGE -> file.urge(fields.done(step));
            case COMMENT -> file.comment(fields.withNote(step));
            case SUBMIT, SELF_HANDLE -> throw DomainException.invalidField("action", "case.action.creates",
                    "Action " + action.apiName() + " creates a case; use the reports resource");
        }
    }

    /** The routing proposal for the case, if routing has one. */
    String proposal(CaseFile file) {
        CaseFacts facts = file.facts();
        return routing.propose(facts.kind(), facts.categoryCode(), facts.place(),
                facts.asset() == null ? null : facts.asset().departmentCode()).orElse(null);
    }

    private String departmentFor(CaseFile file, ActionRequest request) {
        String code = request.departmentCode();
        if (code == null || code.isBlank()) {
            String proposed = proposal(file);
            if (proposed == null) {
                throw DomainException.invalidField("departmentCode", "case.dispatch.noProposal",
                        "No routing rule proposes a department: name one");
            }
            return proposed;
        }
        Department department = departments.find(code.trim())
                .orElseThrow(() -> DomainException.invalidField("departmentCode", "case.dispatch.unknownDepartment",
                        "No department " + code));
        if (!department.active()) {
            throw DomainException.invalidField("departmentCode", "case.dispatch.deactivatedDepartment",
                    "The department " + department.code() + " is deactivated and takes no new dispatches");
        }
        return department.code();
    }

    private String inspectorFor(CaseFile file, ActionRequest request) {
        return inspectors.choose(file.facts(), request.inspector());
    }

    /** The inspector an open task is reassigned to: named, and not the one who has it. */
    private String reassignee(CaseFile file, ActionRequest request) {
        if (request.inspector() == null || request.inspector().isBlank()) {
            throw DomainException.invalidField("inspector", "field.required", "required");
        }
        String inspector = inspectors.choose(file.facts(), request.inspector());
        if (inspector.equals(file.assignedInspector())) {
            throw DomainException.invalidField("inspector", "case.reassign.same",
                    "The task is already with " + inspector);
        }
        return inspector;
    }

    private CaseNumber mergeTarget(CaseFile file, String into, Actor actor) {
        if (into == null || into.isBlank()) {
            throw DomainException.invalidField("into", "field.required", "required");
        }
        if (!CaseNumber.isValid(into.trim())) {
            throw DomainException.invalidField("into", "case.number.invalid", "Not a case number: " + into);
        }
        CaseNumber target = new CaseNumber(into.trim());
        CaseFile other = files.find(target).filter(candidate -> candidate.isVisibleTo(actor))
                .orElseThrow(() -> DomainException.invalidField("into", "case.merge.unknown", "No case " + into));
        if (other.number().equals(file.number()) || other.status().isTerminal()) {
            throw DomainException.invalidField("into", "case.merge.notOpen",
                    "A case merges only into another open case");
        }
        return target;
    }

    /** Checks the common fields of a request and collects the problems of each. */
    private final class Fields {

        private final ActionRequest request;
        private final List<FieldProblem> problems = new ArrayList<>();

        Fields(ActionRequest request) {
            this.request = request;
        }

        Step step(Actor actor, Instant at, CaseAction action) {
            String note = text(request.note(), "note");
            Double lat = request.lat();
            Double lon = request.lon();
            if ((lat == null) != (lon == null)) {
                problems.add(new FieldProblem(lat == null ? "lat" : "lon", "field.required", "lat and lon go together"));
            }
            problems.addAll(Location.rangeProblems(lat, lon));
            problems.addAll(photos.unknown(request.photos()));
            problems.addAll(photos.tooMany(request.photos().size()));
            return new Step(actor, at, note, request.photos(), lat, lon);
        }

        Step done(Step step) {
            if (!problems.isEmpty()) {
                throw new DomainException(Kind.INVALID, "action.invalid", "The request has invalid fields", problems);
            }
            return step;
        }

        Step withReason(Step step) {
            String reason = text(request.reason(), "reason");
            String note = step.note();
            if (reason == null && note == null) {
                problems.add(new FieldProblem("reason", "field.required", "required"));
            }
            String text = reason == null ? note : note == null ? reason : reason + "\n" + note;
            return done(new Step(step.actor(), step.at(), text, step.photos(), step.latitude(), step.longitude()));
        }

        /** A reason in its own field, whatever the note says (the note, if any, follows it). */
        Step withRequiredReason(Step step) {
            String reason = text(request.reason(), "reason");
            if (reason == null) {
                problems.add(new FieldProblem("reason", "field.required", "required"));
            }
            String note = step.note();
            String text = note == null ? reason : reason + "\n" + note;
            return done(new Step(step.actor(), step.at(), text, step.photos(), step.latitude(), step.longitude()));
        }

        Step withNote(Step step) {
            if (step.note() == null) {
                problems.add(new FieldProblem("note", "field.required", "required"));
            }
            return done(step);
        }

        boolean required(String field, Boolean value) {
            if (value == null) {
                problems.add(new FieldProblem(field, "field.required", "required"));
            }
            if (!problems.isEmpty()) {
                throw new DomainException(Kind.INVALID, "action.invalid", "The request has invalid fields", problems);
            }
            return value;
        }

        Urgency urgency(String value) {
            if (value == null || value.isBlank()) {
                return Urgency.NORMAL;
            }
            Optional<Urgency> urgency = Choices.parse(Urgency.class, value);
            if (urgency.isEmpty()) {
                problems.add(new FieldProblem("urgency", "case.register.urgency", "urgent or normal"));
            }
            return urgency.orElse(null);
        }

        String condition(String value) {
            if (value == null || value.isBlank()) {
                return CaseFile.DEFAULT_CONDITION;
            }
            if (value.strip().length() > MAX_CONDITION) {
                problems.add(new FieldProblem("condition", "field.tooLong", "at most " + MAX_CONDITION + " characters"));
            }
            return value.strip();
        }

        Integer minutes(Integer minutes, boolean required) {
            if (minutes == null) {
                if (required) {
                    problems.add(new FieldProblem("minutes", "field.required", "required"));
                }
            } else if (minutes < 1 || minutes > MAX_EXTENSION_MINUTES) {
                problems.add(new FieldProblem("minutes", "case.extension.minutes",
                        "must be between 1 and " + MAX_EXTENSION_MINUTES));
            }
            return minutes;
        }

        private String text(String value, String field) {
            if (value == null || value.isBlank()) {
                return null;
            }
            if (value.length() > MAX_TEXT) {
                problems.add(new FieldProblem(field, "field.tooLong", "at most " + MAX_TEXT + " characters"));
            }
            return value.trim();
        }
    }
}
