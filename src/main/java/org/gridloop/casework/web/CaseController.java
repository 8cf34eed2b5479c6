package org.gridloop.casework.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.Choices;
import org.gridloop.DomainException;
import org.gridloop.casework.ActionRequest;
import org.gridloop.casework.CaseAction;
import org.gridloop.casework.CaseFile;
import org.gridloop.casework.CaseFilter;
import org.gridloop.casework.CaseManagement;
import org.gridloop.casework.CaseNumber;
import org.gridloop.casework.CaseOrder;
import org.gridloop.casework.CasePage;
import org.gridloop.casework.CaseQueries;
import org.gridloop.casework.CaseStatus;
import org.gridloop.casework.Light;
import org.gridloop.grid.GridCode;
import org.gridloop.identity.Actor;
import org.gridloop.intake.Channel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Cases: read one with the actions allowed now, list them, and act on them.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases")
class CaseController {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CaseManagement cases;
    private final CaseQueries queries;
    private final CaseRepresentations representations;

    CaseController(CaseManagement cases, CaseQueries queries, CaseRepresentations representations) {
        this.cases = cases;
        this.queries = queries;
        this.representations = representations;
    }

    @Operation(summary = "A case with its timeline and the actions allowed to you now")
    @GetMapping("/{number}")
    CaseRepresentation get(@PathVariable String number, Actor actor) {
        return representations.of(cases.find(caseNumber(number), actor), actor);
    }

    @Operation(summary = "Cases within your scope, newest first",
            description = "light=red|yellow|green keeps the cases whose stage clock shows that light now; "
                    + "grid=<unit grid code> keeps the cases in that grid; from and to (dates, inclusive, "
                    + "Asia/Shanghai) keep the cases reported in that period; category=<class code, or two "
                    + "digits for a major class>; channel=inspector|hotline|public; "
                    + "sort=due lists the nearest red threshold first (overdue cases on top).")
    @GetMapping
    CaseListing list(@RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String subdistrict, @RequestParam(required = false) String department,
            @RequestParam(required = false) String light, @RequestParam(required = false) String grid,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String category, @RequestParam(required = false) String channel,
            @RequestParam(defaultValue = "newest") String sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
        if (page < 0) {
            throw DomainException.invalidField("page", "field.negative", "must not be negative");
        }
        if (size < 1 || size > CaseQueries.MAX_PAGE_SIZE) {
            throw DomainException.invalidField("size", "field.pageSize",
                    "must be between 1 and " + CaseQueries.MAX_PAGE_SIZE);
        }
        if (grid != null && !grid.isBlank() && !GridCode.isValid(grid.strip())) {
            throw DomainException.invalidField("grid", "case.grid.invalid", "A grid code has 14 or 15 digits");
        }
        if (category != null && !category.isBlank() && !category.strip().matches("\\d{2,8}")) {
            throw DomainException.invalidField("category", "case.category.invalid", "A class code of 2 to 8 digits");
        }
        LocalDate firstDay = day("from", from);
        LocalDate lastDay = day("to", to);
        if (firstDay != null && lastDay != null && lastDay.isBefore(firstDay)) {
            throw DomainException.invalidField("to", "field.periodReversed", "must not be before from");
        }
        CaseFilter filter = new CaseFilter(statuses(status), subdistrict, department, null, null, null,
                light == null ? null : choice(Light.class, "light", light), grid,
                firstDay == null ? null : firstDay.atStartOfDay(ZONE).toInstant(),
                lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(ZONE).toInstant(), category,
                channel == null || channel.isBlank() ? null : choice(Channel.class, "channel", channel));
        return CaseListing.of(queries.list(filter, choice(CaseOrder.class, "sort", sort), actor, page, size));
    }

    @Operation(summary = "Take an action on a case",
            description = "Actions: requestVerification, reassign, verify, accept, reject, merge, reclassify, register, decline, dispatch, "
                    + "requestReturn, approveReturn, rejectReturn, requestExtension, decideExtension, "
                    + "requestSuspension, decideSuspension, resume, reportHandled, requestCheck, check, close, "
                    + "discard, urge, comment.")
    @PostMapping(path = "/{number}/{action}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CaseRepresentation act(@PathVariable String number, @PathVariable String action,
            @RequestBody(required = false) ActionRequest request, Actor actor) {
        CaseFile file = cases.act(caseNumber(number), action(action),
                request == null ? ActionRequest.empty() : request, actor);
        return representations.of(file, actor);
    }

    @Operation(summary = "Take an action on a case without a body")
    @PostMapping(path = "/{number}/{action}", consumes = "!" + MediaType.APPLICATION_JSON_VALUE)
    CaseRepresentation actWithoutJson(@PathVariable String number, @PathVariable String action,
            @ModelAttribute ActionForm form,
            @RequestPart(name = "photos", required = false) List<MultipartFile> photos, Actor actor) {
        CaseFile file = cases.act(caseNumber(number), action(action), form.toRequest(),
                ReportController.bytes(photos), actor);
        return representations.of(file, actor);
    }

    private static CaseNumber caseNumber(String number) {
        if (!CaseNumber.isValid(number)) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "case.notFound", "No case " + number, number);
        }
        return new CaseNumber(number);
    }

    private static CaseAction action(String name) {
        return CaseAction.fromApiName(name).filter(action -> !action.createsCase())
                .orElseThrow(() -> DomainException.invalidField("action", "case.action.unknown",
                        "Unknown action " + name));
    }

    private static Set<CaseStatus> statuses(List<String> values) {
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (part.isBlank()) {
                        continue;
                    }
                    statuses.add(Choices.parse(CaseStatus.class, part).orElseThrow(() -> DomainException
                            .invalidField("status", "case.status.unknown", "Unknown status " + part)));
                }
            }
        }
        return statuses;
    }

    private static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw DomainException.invalidField(field, "field.date", "A date like 2026-03-01");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        return Choices.parse(type, value).orElseThrow(() -> DomainException.invalidField(field,
                "field.unknownChoice", "Unknown " + field + " " + value));
    }
}
