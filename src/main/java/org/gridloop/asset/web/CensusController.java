package org.gridloop.asset.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.Choices;
import org.gridloop.DomainException;
import org.gridloop.asset.internal.AssetRefused;
import org.gridloop.asset.internal.CensusManagement;
import org.gridloop.asset.internal.CensusPhotos;
import org.gridloop.asset.internal.CensusProposal;
import org.gridloop.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The field census (部件普查): inspectors upload a photo and propose a new asset, a change or a
 * removal inside their work grids; administrators list the proposals and approve or reject each.
 */
@RestController
@RequestMapping("/api/v1/census")
@Tag(name = "Census")
class CensusController {

    /** A rejection's reason. */
    record Rejection(String reason) {
    }

    private final CensusManagement census;
    private final CensusPhotos photos;
    private final AssetRefusals refusals;

    CensusController(CensusManagement census, CensusPhotos photos, AssetRefusals refusals) {
        this.census = census;
        this.photos = photos;
        this.refusals = refusals;
    }

    @Operation(summary = "Upload the photo of a proposal (JPEG, PNG or WebP)", description = "Returns its id.")
    @PostMapping(path = "/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('INSPECTOR')")
    ResponseEntity<Map<String, String>> upload(@RequestPart(name = "photo", required = false) MultipartFile photo,
            Actor actor) throws IOException {
        if (photo == null) {
            throw DomainException.invalidField("photo", "asset.census.photo.missing", "The photo is missing");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", photos.store(photo.getBytes(),
                actor.username())));
    }

    @Operation(summary = "Propose a new asset, a change or a removal",
            description = "kind=new|change|remove. new: classCode, latitude, longitude, optional name, status (intact), "
                    + "departmentCode, ownerUnit, maintenanceUnit, surveyDate, remarks. change: identifier and the "
                    + "attributes that change. remove: identifier. photoId from /api/v1/census/photos, note. The "
                    + "position must lie in one of your work grids.")
    @PostMapping
    @PreAuthorize("hasRole('INSPECTOR')")
    ResponseEntity<CensusProposal> propose(@RequestBody CensusManagement.Proposal proposal, Actor actor) {
        return ResponseEntity.status(HttpStatus.CREATED).body(census.propose(proposal, actor.username()));
    }

    @Operation(summary = "Census proposals, oldest first; state=pending|approved|rejected",
            description = "Administrators see everyone's proposals, inspectors their own.")
    @GetMapping
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'INSPECTOR')")
    List<CensusProposal> list(@RequestParam(required = false) String state, Actor actor) {
        CensusProposal.State wanted = state == null || state.isBlank() ? null
                : Choices.parse(CensusProposal.State.class, state).orElseThrow(() -> DomainException.invalidField(
                        "state", "asset.census.state", "The state is pending, approved or rejected"));
        return actor.holds(org.gridloop.identity.Post.ADMINISTRATOR) ? census.list(wanted)
                : census.listOf(actor.username(), wanted);
    }

    @Operation(summary = "One census proposal")
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'INSPECTOR')")
    CensusProposal get(@PathVariable long id, Actor actor) {
        CensusProposal proposal = census.find(id);
        if (!actor.holds(org.gridloop.identity.Post.ADMINISTRATOR) && !proposal.proposedBy().equals(actor.username())) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "asset.census.not-found",
                    "No census proposal has this number", id);
        }
        return proposal;
    }

    @Operation(summary = "Approve: the register changes, with history")
    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    CensusProposal approve(@PathVariable long id, Actor actor) {
        return census.approve(id, actor.username());
    }

    @Operation(summary = "Reject with a reason")
    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    CensusProposal reject(@PathVariable long id, @RequestBody(required = false) Rejection rejection, Actor actor) {
        return census.reject(id, rejection == null ? null : rejection.reason(), actor.username());
    }

    @ExceptionHandler(AssetRefused.class)
    ResponseEntity<ProblemDetail> refused(AssetRefused refusal) {
        return refusals.problem(refusal);
    }
}
