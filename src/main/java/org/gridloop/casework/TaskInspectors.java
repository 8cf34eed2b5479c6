package org.gridloop.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.DomainException.Kind;
import org.gridloop.grid.WorkGrid;
import org.gridloop.grid.WorkGrids;
import org.gridloop.intake.Channel;
import org.gridloop.organization.InspectorTeams;
import org.gridloop.organization.OnDutyInspectors;
import org.springframework.stereotype.Component;

/**
 * Chooses the inspector of a verification or check task (核实, 核查), ADR 0046: the one the
 * operator names; else an on-duty inspector (在岗) of the work grid (责任网格) the case lies in —
 * the reporter if it is one of them, else the next of them in turn; else the on-duty inspector
 * of the subdistrict's team nearest the case by last position; else the inspector who reported
 * the case; else the team's lead (队长): the one the administrator chose, or its first active
 * member by username while none is chosen.
 */
@Component
class TaskInspectors {

    private final InspectorTeams teams;
    private final OnDutyInspectors onDuty;
    private final WorkGrids workGrids;
    private final Clock clock;
    private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();

    TaskInspectors(InspectorTeams teams, OnDutyInspectors onDuty, WorkGrids workGrids, Clock clock) {
        this.teams = teams;
        this.onDuty = onDuty;
        this.workGrids = workGrids;
        this.clock = clock;
    }

    /** @param named the inspector the operator named, or {@code null} */
    String choose(CaseFacts facts, String named) {
        if (named != null && !named.isBlank()) {
            if (!teams.isInspector(named.trim())) {
                throw DomainException.invalidField("inspector", "case.inspector.unknown", "No inspector " + named);
            }
            return named.trim();
        }
        Instant now = clock.instant();
        boolean reporterInspector = facts.channel() == Channel.INSPECTOR && teams.isInspector(facts.reporter());
        return patrolling(facts, now)
                .or(() -> facts.location() == null ? Optional.empty() : onDuty.nearestOnDuty(facts.subdistrictCode(),
                        facts.location().latitude(), facts.location().longitude(), now))
                .or(() -> reporterInspector ? Optional.of(facts.reporter()) : Optional.empty())
                .or(() -> onDuty.lead(facts.subdistrictCode()))
                .orElseThrow(() -> new DomainException(Kind.UNPROCESSABLE, "case.inspector.none",
                        "No inspector patrols this area: name one",
                        List.of(new FieldProblem("inspector", "case.inspector.none", "name an inspector"))));
    }

    /**
     * The reporter if on duty in the case's work grid, else the next of the grid's on-duty
     * inspectors, if it has any.
     */
    private Optional<String> patrolling(CaseFacts facts, Instant now) {
        if (facts.place() == null) {
            return Optional.empty();
        }
        return workGrids.containing(facts.place().grid()).flatMap(workGrid -> {
            List<String> present = onDuty.onDuty(workGrid.inspectors(), now);
            if (present.isEmpty()) {
                return Optional.empty();
            }
            if (facts.channel() == Channel.INSPECTOR && present.contains(facts.reporter())) {
                return Optional.of(facts.reporter());
            }
            int turn = turns.computeIfAbsent(workGrid.code(), code -> new AtomicInteger()).getAndIncrement();
            return Optional.of(present.get(Math.floorMod(turn, present.size())));
        });
    }
}
