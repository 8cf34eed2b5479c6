package org.gridloop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridLookup;
import org.gridloop.web.ShiftableClock;

/**
 * Cases driven through the real case API at chosen moments (Asia/Shanghai), the clock stopped at
 * each step: the fixture of the evaluation tests. Users sign in again whenever the day changes,
 * as tokens run on the clock.
 */
public final class EvaluationScenario {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ApiClient api;
    private final ShiftableClock clock;
    private final GridLookup grids;
    private final Categories categories;
    private final Map<String, String> tokens = new HashMap<>();
    private final Random random = new Random(49);
    private LocalDate tokenDay;

    public EvaluationScenario(ApiClient api, ShiftableClock clock, GridLookup grids, Categories categories) {
        this.api = api;
        this.clock = clock;
        this.grids = grids;
        this.categories = categories;
    }

    /** Stops the clock at the local date-time {@code 2035-03-07T09:00}. */
    public void at(String localDateTime) {
        LocalDateTime local = LocalDateTime.parse(localDateTime);
        clock.stopAt(local.atZone(ZONE).toInstant());
        if (!local.toLocalDate().equals(tokenDay)) {
            tokens.clear();
            tokenDay = local.toLocalDate();
        }
    }

    public String token(String username) {
        return tokens.computeIfAbsent(username, api::token);
    }

    /** An inspector's report from the field, at {@code at}; returns the case number. */
    public String inspectorReport(String at) {
        at(at);
        return created(api.post(token("inspector"), "/api/v1/reports", reportBody()));
    }

    /** A 12319 hotline call entered by the intake operator, at {@code at}; returns the case number. */
    public String hotlineReport(String at) {
        at(at);
        Map<String, Object> body = reportBody();
        body.put("callerName", "市民");
        body.put("callerPhone", "13800000000");
        return created(api.post(token("operator"), "/api/v1/reports", body));
    }

    /** Takes an action that must succeed, at {@code at}, and returns the case afterwards. */
    public Response step(String at, String username, String number, String action, Map<String, Object> body) {
        at(at);
        Response response = api.post(token(username), "/api/v1/cases/" + number + "/" + action, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response;
    }

    public Response step(String at, String username, String number, String action) {
        return step(at, username, number, action, Map.of());
    }

    /** The verification or check the case's assigned inspector reports, at {@code at}. */
    public Response byAssignedInspector(String at, String number, String action, Map<String, Object> body) {
        at(at);
        String inspector = get(number).text("assignedInspector");
        assertThat(inspector).as("an inspector has the task").isNotBlank();
        return step(at, inspector, number, action, body);
    }

    public Response get(String number) {
        return api.get(token("leader"), "/api/v1/cases/" + number);
    }

    /** The department routing proposes for the case. */
    public String proposedDepartment(String number) {
        return api.get(token("dispatcher"), "/api/v1/cases/" + number).json().path("department").path("code")
                .asString();
    }

    /** A department other than the proposed one, for a dispatch that will be returned. */
    public String wrongDepartment(String number) {
        return proposedDepartment(number).equals("gas") ? "power" : "gas";
    }

    /** How many steps the case's timeline holds. */
    public int timelineLength(String number) {
        return get(number).json().path("timeline").size();
    }

    /**
     * Cases of March {@code year} (the 5th to the 7th must be working days) through the paths of
     * the loop: a return, a rework and a close; an extension, a suspension and a resume; a
     * discard; a report found not to be there and rejected; one left waiting for dispatch.
     */
    public List<String> variedCases(int year) {
        String day = year + "-03-05T";
        String looped = inspectorReport(day + "09:00:00");
        step(day + "09:05:00", "operator", looped, "accept");
        step(day + "09:10:00", "supervisor", looped, "register");
        String wrong = wrongDepartment(looped);
        String right = proposedDepartment(looped);
        step(day + "09:15:00", "dispatcher", looped, "dispatch", Map.of("departmentCode", wrong));
        step(day + "09:20:00", "handler-" + wrong, looped, "requestReturn", Map.of("reason", "不属于本部门"));
        step(day + "09:25:00", "dispatcher", looped, "approveReturn");
        step(day + "09:30:00", "dispatcher", looped, "dispatch", Map.of("departmentCode", right));
        step(day + "11:00:00", "handler-" + right, looped, "reportHandled", Map.of("note", "已处理"));
        step(day + "11:10:00", "operator", looped, "requestCheck");
        byAssignedInspector(day + "11:20:00", looped, "check", Map.of("passed", false, "note", "未处理好"));
        step(day + "15:00:00", "handler-" + right, looped, "reportHandled", Map.of("note", "已返工"));
        step(day + "15:10:00", "operator", looped, "requestCheck");
        byAssignedInspector(day + "15:20:00", looped, "check", Map.of("passed", true));
        step(day + "15:30:00", "supervisor", looped, "close");

        day = year + "-03-06T";
        String parked = inspectorReport(day + "09:00:00");
        step(day + "09:05:00", "operator", parked, "accept");
        step(day + "09:10:00", "supervisor", parked, "register");
        step(day + "09:15:00", "dispatcher", parked, "dispatch");
        String handler = "handler-" + get(parked).json().path("department").path("code").asString();
        step(day + "09:30:00", handler, parked, "requestExtension", Map.of("minutes", 240, "reason", "需调配设备"));
        step(day + "09:40:00", "dispatcher", parked, "decideExtension", Map.of("granted", true));
        step(day + "10:00:00", handler, parked, "requestSuspension", Map.of("reason", "需市级资金"));
        step(day + "10:10:00", "dispatcher", parked, "decideSuspension", Map.of("approved", true));
        step(day + "14:00:00", "dispatcher", parked, "resume");
        step(day + "16:00:00", handler, parked, "reportHandled", Map.of("note", "已处理"));

        String discarded = inspectorReport(day + "11:00:00");
        step(day + "11:05:00", "operator", discarded, "accept");
        step(day + "11:10:00", "supervisor", discarded, "register");
        step(day + "11:15:00", "supervisor", discarded, "discard", Map.of("reason", "重复立案"));

        day = year + "-03-07T";
        String notThere = hotlineReport(day + "09:00:00");
        step(day + "09:05:00", "operator", notThere, "requestVerification");
        byAssignedInspector(day + "09:30:00", notThere, "verify", Map.of("confirmed", false, "note", "现场未见"));
        step(day + "09:40:00", "operator", notThere, "reject", Map.of("reason", "核实不属实"));

        String waiting = inspectorReport(day + "10:00:00");
        step(day + "10:05:00", "operator", waiting, "accept");
        step(day + "10:10:00", "supervisor", waiting, "register");
        return List.of(looped, parked, discarded, notThere, waiting);
    }

    private String created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("number");
    }

    private Map<String, Object> reportBody() {
        double[] point = pointInGrids();
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "incident");
        body.put("categoryCode", categories.active().stream().filter(c -> c.kind() == CategoryKind.INCIDENT)
                .findFirst().orElseThrow().code());
        body.put("lat", point[0]);
        body.put("lon", point[1]);
        body.put("accuracyMeters", 5);
        body.put("address", "评价路 1 号");
        body.put("description", "道路破损");
        body.put("clientId", UUID.randomUUID().toString());
        return body;
    }

    /** A position inside the demo district's grids, far enough apart that no report looks like a duplicate. */
    private double[] pointInGrids() {
        while (true) {
            double lat = 22.60 + random.nextDouble() * 0.20;
            double lon = 114.10 + random.nextDouble() * 0.40;
            if (grids.locate(lat, lon).isPresent()) {
                return new double[] {lat, lon};
            }
        }
    }
}
