package org.gridloop.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.DomainException.Kind;
import org.gridloop.catalog.Category;
import org.gridloop.identity.Actor;
import org.gridloop.identity.Post;
import org.gridloop.intake.Channel;
import org.gridloop.intake.Photos;
import org.gridloop.intake.Report;
import org.gridloop.intake.ReportIntake;
import org.gridloop.intake.ReportSubmission;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application service of casework: reports become cases, and users act on them.
 */
@Service
public class CaseManagement {

    /** The result of a submission: the case, and whether this call created it. */
    public record Submitted(CaseFile file, boolean created) {

        public CaseNumber number() {
            return file.number();
        }
    }

    private final CaseFiles files;
    private final ReportIntake intake;
    private final CaseSteps steps;
    private final Photos photos;
    private final TransactionTemplate transactions;
    private final Timekeeper timekeeper;
    private final Clock clock;

    CaseManagement(CaseFiles files, ReportIntake intake, CaseSteps steps, Photos photos,
            TransactionTemplate transactions, Timekeeper timekeeper, Clock clock) {
        this.timekeeper = timekeeper;
        this.files = files;
        this.photos = photos;
        this.intake = intake;
        this.steps = steps;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * 上报: checks the report and creates its case. A repeated {@code clientId} of the same
     * reporter returns the case created the first time, even when both arrive at once: the
     * unique index on (reporter, clientId) refuses the second insert.
     */
    public Submitted submit(ReportSubmission submission, Actor actor) {
        return submit(submission, List.of(), false, actor);
    }

    /**
     * 上报 with photos uploaded in the same request: they are stored only once the report is
     * known to be valid and new. A self-handled report (自行处置, inspectors only) creates a case
     * waiting for the shift supervisor's audit.
     */
    public Submitted submit(ReportSubmission submission, List<byte[]> uploads, boolean selfHandled, Actor actor) {
        return submit(submission, uploads, selfHandled, List.of(), actor);
    }

    /**
     * 自行处置 with photos uploaded before: the submission's photos are the report's (before the
     * fix), {@code afterPhotos} those of the self-handling step (after it). Both are checked as
     * report photos (each stored, uploaded by the actor and attached to no other case, at most
     * so many) and attached to the case in the transaction that creates it.
     *
     * @throws DomainException {@code INVALID} naming {@code afterPhotos} for a bad after photo
     */
    public Submitted submitSelfHandled(ReportSubmission submission, List<String> afterPhotos, Actor actor) {
        return submit(submission, List.of(), true, List.copyOf(afterPhotos), actor);
    }

    private Submitted submit(ReportSubmission submission, List<byte[]> uploads, boolean selfHandled,
            List<String> afterPhotos, Actor actor) {
        Channel channel = actor.holds(Post.INSPECTOR) ? Channel.INSPECTOR : Channel.HOTLINE;
        if (!actor.holds(Post.INSPECTOR) && !actor.holds(Post.INTAKE_OPERATOR)) {
            throw CaseActionRefused.cannotCreate(CaseAction.SUBMIT);
        }
        Report report = intake.check(submission, channel, actor.username());
        List<FieldProblem> problems = new ArrayList<>(photos.tooMany(report.photos().size() + uploads.size()));
        problems.addAll(afterPhotoProblems(report, afterPhotos));
        if (!problems.isEmpty()) {
            throw new DomainException(Kind.INVALID, "report.invalid", "The report has invalid fields", problems);
        }
        boolean namesPhotos = !uploads.isEmpty() || !report.photos().isEmpty() || !afterPhotos.isEmpty();
        if (report.clientId() != null && namesPhotos) {
            var earlier = earlier(report, actor);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            uploads.forEach(upload -> photos.check("photos", upload));
            return transactions.execute(status -> {
                Instant now = now();
                List<String> stored = uploads.stream().map(upload -> photos.store("photos", upload, actor.username()))
                        .toList();
                CaseFacts facts = facts(report, stored, now);
                CaseNumber number = files.nextNumber(now);
                List<String> stepPhotos = new ArrayList<>(stored);
                stepPhotos.addAll(afterPhotos);
                CaseFile file = selfHandled
                        ? CaseFile.selfHandle(number, facts, new Step(actor, now, report.description(), stepPhotos,
                                facts.location().latitude(), facts.location().longitude()))
                        : CaseFile.submit(number, facts, actor);
                timekeeper.keep(file);
                files.save(file);
                photos.attach("photos", facts.photos(), number.value(), actor.username());
                photos.attach("afterPhotos", afterPhotos, number.value(), actor.username());
                return new Submitted(file, true);
            });
        } catch (DuplicateKeyException repeat) {
            return earlier(report, actor).orElseThrow(() -> repeat);
        }
    }

    /** The after photos must be stored, no more than a step carries, and none of the before photos. */
    private List<FieldProblem> afterPhotoProblems(Report report, List<String> afterPhotos) {
        List<FieldProblem> problems = new ArrayList<>(photos.unknown("afterPhotos", afterPhotos));
        problems.addAll(photos.tooMany("afterPhotos", afterPhotos.size()));
        if (afterPhotos.stream().anyMatch(report.photos()::contains)) {
            problems.add(new FieldProblem("afterPhotos", "report.afterPhotos.alsoBefore",
                    "A photo cannot show both before and after"));
        }
        return problems;
    }

    /** The case an earlier submission of the same report (same reporter and clientId) created. */
    private java.util.Optional<Submitted> earlier(Report report, Actor actor) {
        return files.findByClientId(actor.username(), report.clientId()).flatMap(files::find)
                .map(file -> new Submitted(file, false));
    }

    /**
     * Takes an action on a case.
     *
     * @throws DomainException {@code NOT_FOUND} for an unknown case (to users who see every case),
     *                         {@code FORBIDDEN} for a case out of scope (and an unknown one, to
     *                         everyone else), {@code CONFLICT} when the status refuses the action
     *                         or someone else acted first, {@code INVALID} for bad fields
     */
    public CaseFile act(CaseNumber number, CaseAction action, ActionRequest request, Actor actor) {
        return act(number, action, request, List.of(), actor);
    }

    /**
     * Takes an action with photos uploaded in the same request.
     *
     * @return the case after the step
     */
    public CaseFile act(CaseNumber number, CaseAction action, ActionRequest request, List<byte[]> uploads, Actor actor) {
        uploads.forEach(upload -> photos.check("photos", upload));
        return transactions.execute(status -> {
            CaseFile file = visible(number, actor, action);
            if (request.version() != null && request.version() != file.version()) {
                throw CaseActionRefused.concurrentUpdate(number);
            }
            ActionRequest withUploads = request;
            if (!uploads.isEmpty()) {
                CaseAuthorization.authorize(file, actor, action);
                List<String> all = new ArrayList<>(request.photos());
                uploads.forEach(upload -> all.add(photos.store("photos", upload, actor.username())));
                withUploads = request.withPhotos(all);
            }
            steps.take(file, action, withUploads, actor, now());
            timekeeper.keep(file);
            files.save(file);
            photos.attach(withUploads.photos(), number.value(), actor.username());
            return file;
        });
    }

    /** The department routing proposes for the case, if any rule applies. */
    public java.util.Optional<String> proposedDepartment(CaseFile file) {
        return java.util.Optional.ofNullable(steps.proposal(file));
    }

    /** The case, as far as the actor may see it. */
    public CaseFile find(CaseNumber number, Actor actor) {
        return visible(number, actor, null);
    }

    /**
     * A photo as far as the actor may see it: one attached to a case within the case's scope,
     * one not attached yet by its uploader only.
     */
    public java.util.Optional<Photos.StoredPhoto> photo(String id, Actor actor) {
        return photos.find(id).filter(photo -> photo.attached()
                ? CaseNumber.isValid(photo.caseNumber()) && files.find(new CaseNumber(photo.caseNumber()))
                        .map(file -> file.isVisibleTo(actor)).orElse(false)
                : actor.username().equals(photo.uploadedBy()));
    }

    /** Steps are recorded to the second. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private CaseFile visible(CaseNumber number, Actor actor, CaseAction action) {
        CaseFile file = files.find(number).orElse(null);
        if (file == null || !file.isVisibleTo(actor)) {
            if (file == null && actor.posts().stream().anyMatch(CaseAuthorization.CENTRAL::contains)) {
                throw new DomainException(Kind.NOT_FOUND, "case.notFound", "No case " + number, number.value());
            }
            throw new DomainException(Kind.FORBIDDEN, "case.notVisible",
                    "Case %s is not within your scope".formatted(number), number.value());
        }
        return file;
    }

    private static CaseFacts facts(Report report, List<String> uploaded, Instant now) {
        Category category = report.category();
        List<String> allPhotos = new ArrayList<>(report.photos());
        allPhotos.addAll(uploaded);
        return new CaseFacts(category.kind(), category.scheme(), category.code(), category.name(),
                category.majorName(), report.location(), report.place(), report.asset(), report.description(), report.channel(),
                report.reporter(), report.caller(), report.clientId(), allPhotos, now, report.urgentProposed(),
                filedAt(report, now));
    }

    /**
     * The reporter's filing time to the second, if before the receipt; one a little ahead of it
     * (within intake's tolerance for device clocks) is taken as filed when received.
     */
    private static Instant filedAt(Report report, Instant receipt) {
        if (report.filedAt() == null) {
            return null;
        }
        Instant filed = report.filedAt().truncatedTo(ChronoUnit.SECONDS);
        return filed.isBefore(receipt) ? filed : null;
    }
}
