package org.gridloop.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.gridloop.ConditionalOnDemoDistrict;
import org.gridloop.DomainException;
import org.gridloop.casework.ActionRequest;
import org.gridloop.casework.CaseAction;
import org.gridloop.casework.CaseFile;
import org.gridloop.casework.CaseManagement;
import org.gridloop.casework.CaseNumber;
import org.gridloop.casework.CaseStatus;
import org.gridloop.casework.DepartmentRouting;
import org.gridloop.casework.internal.DemoPatrols.Patrol;
import org.gridloop.casework.internal.DemoPatrols.Spot;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.WorkGrids;
import org.gridloop.identity.Account;
import org.gridloop.identity.Accounts;
import org.gridloop.identity.Actor;
import org.gridloop.intake.ReportSubmission;
import org.gridloop.organization.Departments;
import org.gridloop.organization.InspectorTeams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The live simulation of the demo district ({@code gridloop.demo.simulation=true}): every
 * {@code gridloop.demo.simulation-interval} (5 s) it moves up to {@value #STEPS_PER_TICK} of its
 * own open cases one step along the workflow as the demo staff would — the intake operator
 * accepts and requests the check, the shift supervisor registers and closes, the dispatcher
 * dispatches to the department routing proposes, the department's handler reports it handled,
 * the assigned inspector checks (one check in ten fails, for a rework) — and, now and then or
 * when it had nothing to move, files a report as a demo inspector at a position in the
 * inspector's work grids. Everything goes through {@link CaseManagement}, as the API does, so
 * the case events reach the map, the big screen and the evaluation. Cases filed by people are
 * left alone: the simulation moves only the reports it filed (their client id starts
 * {@value #CLIENT_ID_PREFIX}).
 */
@Component
@ConditionalOnDemoDistrict
@ConditionalOnProperty(name = "gridloop.demo.simulation", havingValue = "true")
class DemoSimulation {

    static final int STEPS_PER_TICK = 3;
    static final String CLIENT_ID_PREFIX = "simulation-";

    private static final long SEED = 20_261_207L;
    private static final double REPORT_CHANCE = 0.4;
    private static final double FAILED_CHECK = 0.1;
    private static final Duration RECENT = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(DemoSimulation.class);

    /** What one tick did: the steps taken (case number and action) and the case filed, if any. */
    record Tick(List<String> steps, String filed) {
    }

    private final CaseManagement cases;
    private final Accounts accounts;
    private final DemoHistory.District district;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Random random = new Random(SEED);
    private DemoPatrols patrols;
    private DemoCaseMix mix;

    DemoSimulation(CaseManagement cases, Accounts accounts, GridDirectory directory, GridLookup grids,
            WorkGrids workGrids, InspectorTeams teams, Categories categories, DepartmentRouting routing,
            Departments departments, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.cases = cases;
        this.accounts = accounts;
        this.district = new DemoHistory.District(directory, grids, workGrids, teams, categories, routing, departments);
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${gridloop.demo.simulation-interval:PT5S}",
            fixedDelayString = "${gridloop.demo.simulation-interval:PT5S}")
    void scheduled() {
        Tick tick = tick();
        log.debug("Demo simulation: {} steps, filed {}", tick.steps(), tick.filed());
    }

    /** One tick of the simulation. */
    synchronized Tick tick() {
        if (patrols == null) {
            patrols = district.patrols(json, SEED);
            mix = district.mix();
        }
        if (patrols.isEmpty() || mix.isEmpty()) {
            return new Tick(List.of(), null);
        }
        List<String> steps = new ArrayList<>();
        for (OpenCase open : openCases()) {
            step(open).ifPresent(action -> steps.add(open.number() + " " + action));
        }
        String filed = steps.size() < STEPS_PER_TICK || random.nextDouble() < REPORT_CHANCE ? file() : null;
        return new Tick(steps, filed);
    }

    private record OpenCase(String number, CaseStatus status, String department, String inspector) {
    }

    /** The simulation's own open cases of the last day, those untouched longest first. */
    private List<OpenCase> openCases() {
        return jdbc.sql("""
                SELECT number, status, department_code, assigned_inspector FROM casework_case
                WHERE client_id LIKE :prefix AND reported_at >= :since
                  AND status IN ('REPORTED', 'ACCEPTED', 'REGISTERED', 'DISPATCHED', 'HANDLED', 'CHECKING', 'CHECKED')
                ORDER BY updated_at LIMIT :limit""")
                .param("prefix", CLIENT_ID_PREFIX + "%")
                .param("since", java.sql.Timestamp.from(clock.instant().minus(RECENT)))
                .param("limit", STEPS_PER_TICK)
                .query((rs, row) -> new OpenCase(rs.getString("number"), CaseStatus.valueOf(rs.getString("status")),
                        rs.getString("department_code"), rs.getString("assigned_inspector")))
                .list();
    }

    /** Takes the case's next step as the demo staff member whose step it is; the action taken, if any. */
    private Optional<CaseAction> step(OpenCase open) {
        CaseNumber number = new CaseNumber(open.number());
        ActionRequest request = ActionRequest.empty();
        String username;
        CaseAction action;
        switch (open.status()) {
            case REPORTED -> {
                username = "operator";
                action = CaseAction.ACCEPT;
            }
            case ACCEPTED -> {
                username = "supervisor";
                action = CaseAction.REGISTER;
            }
            case REGISTERED -> {
                username = "dispatcher";
                action = CaseAction.DISPATCH;
            }
            case DISPATCHED -> {
                username = "handler-" + open.department();
                action = CaseAction.REPORT_HANDLED;
                request = note("已按要求处置完毕");
            }
            case HANDLED -> {
                username = "operator";
                action = CaseAction.REQUEST_CHECK;
            }
            case CHECKING -> {
                username = open.inspector();
                action = CaseAction.CHECK;
                request = passed(random.nextDouble() >= FAILED_CHECK);
            }
            default -> {
                username = "supervisor";
                action = CaseAction.CLOSE;
            }
        }
        Optional<Actor> actor = actor(username);
        if (actor.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (action == CaseAction.DISPATCH) {
                CaseFile file = cases.find(number, actor.get());
                request = department(cases.proposedDepartment(file).orElse(DemoCaseMix.TERRITORIAL));
            }
            cases.act(number, action, request, actor.get());
            return Optional.of(action);
        } catch (DomainException refused) {
            log.debug("Demo simulation: {} on {} refused: {}", action, number, refused.getMessage());
            return Optional.empty();
        }
    }

    /** Files a report as an inspector of the district at a position in the inspector's work grids. */
    private String file() {
        Patrol patrol = patrols.patrols().get(random.nextInt(patrols.patrols().size()));
        Spot spot = patrol.spots().get(random.nextInt(patrol.spots().size()));
        Category category = mix.pick(random);
        Optional<Actor> inspector = actor(patrol.inspector());
        if (inspector.isEmpty()) {
            return null;
        }
        ReportSubmission report = new ReportSubmission(category.kind().name().toLowerCase(Locale.ROOT),
                category.code(), spot.latitude(), spot.longitude(), 8.0, null, "巡查发现" + category.name(),
                CLIENT_ID_PREFIX + UUID.randomUUID(), null, List.of());
        try {
            return cases.submit(report, inspector.get()).number().value();
        } catch (DomainException refused) {
            log.debug("Demo simulation: report refused: {}", refused.getMessage());
            return null;
        }
    }

    private Optional<Actor> actor(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return accounts.find(username).filter(Account::enabled)
                .map(account -> new Actor(account.username(), account.displayName(), account.posts(),
                        account.departmentCode()));
    }

    private static ActionRequest note(String note) {
        return new ActionRequest(note, null, null, null, null, null, null, null, null, null, List.of(), null, null,
                null, null, null, null, null);
    }

    private static ActionRequest passed(boolean passed) {
        return new ActionRequest(null, null, null, null, null, passed, null, null, null, null, List.of(), null, null,
                null, null, null, null, null);
    }

    private static ActionRequest department(String code) {
        return new ActionRequest(null, null, code, null, null, null, null, null, null, null, List.of(), null, null,
                null, null, null, null, null);
    }
}
