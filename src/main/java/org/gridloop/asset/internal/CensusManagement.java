package org.gridloop.asset.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.asset.Asset;
import org.gridloop.asset.AssetStatus;
import org.gridloop.asset.internal.AssetRecords.Versioned;
import org.gridloop.asset.internal.CensusProposal.Kind;
import org.gridloop.asset.internal.CensusProposal.State;
import org.gridloop.grid.GridCode;
import org.gridloop.grid.WorkGrids;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The field census (部件普查): an inspector proposes a new asset, a change or a removal inside
 * a work grid assigned to them; an administrator approves it, which writes the register and its
 * history in the same transaction, or rejects it with a reason. The first review of a proposal
 * decides it; a second one is refused as a conflict. A proposal never becomes a case.
 */
@Service
public class CensusManagement {

    /** What an inspector proposes: the kind, the asset (for change and removal) and the attributes. */
    public record Proposal(String kind, String identifier, String classCode, String name, String departmentCode,
            String ownerUnit, String maintenanceUnit, String status, Double latitude, Double longitude,
            String surveyDate, String remarks, String photoId, String note) {
    }

    private final CensusProposals proposals;
    private final CensusPhotos photos;
    private final AssetRegister register;
    private final AssetChecks checks;
    private final ObjectProvider<WorkGrids> workGrids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CensusManagement(CensusProposals proposals, CensusPhotos photos, AssetRegister register, AssetChecks checks,
            ObjectProvider<WorkGrids> workGrids, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.proposals = proposals;
        this.photos = photos;
        this.register = register;
        this.checks = checks;
        this.workGrids = workGrids;
        this.clock = clock;
    }

    @Transactional
    public CensusProposal propose(Proposal proposal, String inspector) {
        Kind kind = org.gridloop.Choices.parse(Kind.class, proposal.kind()).orElseThrow(() -> invalid("kind",
                "asset.census.kind", "The kind is new, change or remove"));
        if (proposal.photoId() != null && !proposal.photoId().isBlank()
                && !photos.uploadedBy(proposal.photoId().strip(), inspector)) {
            throw invalid("photoId", "asset.census.photo.unknown", "No photo of yours has this id");
        }
        if (proposal.note() != null && proposal.note().length() > 500) {
            throw invalid("note", "asset.field.too-long", "At most 500 characters");
        }
        AssetDraft draft;
        Integer baseVersion = null;
        if (kind == Kind.NEW) {
            draft = new AssetDraft(null, proposal.classCode(), proposal.name(), proposal.departmentCode(),
                    proposal.ownerUnit(), proposal.maintenanceUnit(), null,
                    proposal.status() == null ? AssetStatus.INTACT.name() : proposal.status(), proposal.latitude(),
                    proposal.longitude(), proposal.surveyDate(), null, "census", proposal.remarks());
            refuseProblems(checks.checkNew(draft));
        } else {
            if (proposal.identifier() == null || proposal.identifier().isBlank()) {
                throw invalid("identifier", "asset.field.missing", "This attribute is required");
            }
            Versioned current = register.find(proposal.identifier().strip());
            if (current.asset().status() == AssetStatus.REMOVED) {
                throw new DomainException(DomainException.Kind.CONFLICT, "asset.census.removed",
                        "The asset has been removed already", proposal.identifier());
            }
            baseVersion = current.version();
            draft = kind == Kind.REMOVE ? withStatus(current.asset(), AssetStatus.REMOVED)
                    : changed(AssetDraft.of(AssetFields.of(current.asset())), proposal);
            refuseProblems(checks.check(draft));
        }
        Asset checked = kind == Kind.NEW ? checks.checkNew(draft).assets().get(0) : checks.check(draft).assets().get(0);
        requireWorkGrid(inspector, checked.gridCode());
        String classCode = kind == Kind.NEW ? draft.classCode().strip() : checked.classCode();
        CensusProposal stored = new CensusProposal(0, kind, kind == Kind.NEW ? null : checked.identifier().value(),
                classCode, checked.gridCode(), checked.latitude(), checked.longitude(), draft, baseVersion,
                blankToNull(proposal.photoId()), blankToNull(proposal.note()), inspector, clock.instant(),
                State.PENDING, null, null, null);
        return proposals.find(proposals.add(stored)).orElseThrow();
    }

    /**
     * Applies the proposal to the register, with history naming the reviewer and the proposal.
     *
     * @throws DomainException a conflict when the proposal was decided already or the asset
     *                         changed since it was proposed
     */
    @Transactional
    public CensusProposal approve(long id, String reviewer) {
        CensusProposal proposal = pending(id);
        String source = "census:" + id;
        String identifier;
        if (proposal.kind() == Kind.NEW) {
            identifier = register.register(proposal.proposed(), reviewer, source).identifier().value();
        } else {
            try {
                identifier = register.change(proposal.proposed(), proposal.baseVersion(), reviewer, source)
                        .identifier().value();
            } catch (org.springframework.dao.OptimisticLockingFailureException changed) {
                throw new DomainException(DomainException.Kind.CONFLICT, "asset.census.stale",
                        "The asset changed after the proposal was made", proposal.identifier());
            }
        }
        proposals.decide(id, State.APPROVED, identifier, reviewer, clock.instant(), null);
        events.publishEvent(AuditedChange.of("census", String.valueOf(id), "approve", null,
                Map.of("kind", proposal.kind().name(), "asset", identifier)));
        return proposals.find(id).orElseThrow();
    }

    @Transactional
    public CensusProposal reject(long id, String reason, String reviewer) {
        if (reason == null || reason.isBlank()) {
            throw invalid("reason", "asset.census.reason", "A rejection needs a reason");
        }
        if (reason.length() > 500) {
            throw invalid("reason", "asset.field.too-long", "At most 500 characters");
        }
        pending(id);
        proposals.decide(id, State.REJECTED, null, reviewer, clock.instant(), reason.strip());
        events.publishEvent(AuditedChange.of("census", String.valueOf(id), "reject", null,
                Map.of("reason", reason.strip())));
        return proposals.find(id).orElseThrow();
    }

    public CensusProposal find(long id) {
        return proposals.find(id).orElseThrow(() -> notFound(id));
    }

    /** The proposals in a state (every state when null), oldest first: everyone's. */
    public List<CensusProposal> list(State state) {
        return proposals.list(state, null, 500);
    }

    /** The proposals of one inspector in a state (every state when null), oldest first. */
    public List<CensusProposal> listOf(String inspector, State state) {
        return proposals.list(state, inspector, 500);
    }

    private CensusProposal pending(long id) {
        CensusProposal proposal = proposals.lock(id).orElseThrow(() -> notFound(id));
        if (proposal.state() != State.PENDING) {
            throw new DomainException(DomainException.Kind.CONFLICT, "asset.census.decided",
                    "The proposal has been decided already", id);
        }
        return proposal;
    }

    private void requireWorkGrid(String inspector, String gridCode) {
        WorkGrids grids = workGrids.getIfAvailable();
        if (grids != null && !grids.covers(inspector, new GridCode(gridCode))) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "asset.census.outside-work-grid",
                    "The position lies outside your work grids",
                    List.of(new FieldProblem("position", "asset.census.outside-work-grid",
                            "The position lies outside your work grids")), gridCode);
        }
    }

    private static AssetDraft changed(AssetDraft current, Proposal proposal) {
        return new AssetDraft(current.identifier(), current.classCode(), or(proposal.name(), current.name()),
                or(proposal.departmentCode(), current.departmentCode()), or(proposal.ownerUnit(), current.ownerUnit()),
                or(proposal.maintenanceUnit(), current.maintenanceUnit()), null, or(proposal.status(), current.status()),
                proposal.latitude() != null ? proposal.latitude() : current.latitude(),
                proposal.longitude() != null ? proposal.longitude() : current.longitude(),
                or(proposal.surveyDate(), current.surveyDate()), current.changeDate(), "census",
                or(proposal.remarks(), current.remarks()));
    }

    private static AssetDraft withStatus(Asset asset, AssetStatus status) {
        AssetDraft current = AssetDraft.of(AssetFields.of(asset));
        return new AssetDraft(current.identifier(), current.classCode(), current.name(), current.departmentCode(),
                current.ownerUnit(), current.maintenanceUnit(), null, status.name(), current.latitude(),
                current.longitude(), current.surveyDate(), current.changeDate(), "census", current.remarks());
    }

    private static void refuseProblems(AssetChecks.Outcome outcome) {
        if (!outcome.passed()) {
            throw new AssetRefused("asset.refused", "The asset has invalid attributes", outcome.problems());
        }
    }

    private static String or(String proposed, String current) {
        return proposed == null || proposed.isBlank() ? current : proposed;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static DomainException invalid(String field, String code, String message) {
        return DomainException.invalidField(field, code, message);
    }

    private static DomainException notFound(long id) {
        return new DomainException(DomainException.Kind.NOT_FOUND, "asset.census.not-found",
                "No census proposal has this number", id);
    }
}
