package org.gridloop.casework;

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
import org.springframework.stereotype.Component;

/**
 * Chooses the inspector of a verification or check task (核实, 核查): the one the operator
 * names; else the inspector who reported the case; else the inspectors assigned to the work
 * grid (责任网格) the case lies in, in turn; else the members of the subdistrict's team, in turn.
 */
@Component
class TaskInspectors {

    private final InspectorTeams teams;
    private final WorkGrids workGrids;
    private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();

    TaskInspectors(InspectorTeams teams, WorkGrids workGrids) {
        this.teams = teams;
        this.workGrids = workGrids;
    }

    /** @param named the inspector the operator named, or {@code null} */
    String choose(CaseFacts facts, String named) {
        if (named != null && !named.isBlank()) {
            if (!teams.isInspector(named.trim())) {
                throw DomainException.invalidField("inspector", "case.inspector.unknown", "No inspector " + named);
            }
            return named.trim();
        }
        if (facts.channel() == Channel.INSPECTOR && teams.isInspector(facts.reporter())) {
            return facts.reporter();
        }
        return patrolling(facts).or(() -> teams.inspectorFor(facts.subdistrictCode()))
                .orElseThrow(() -> new DomainException(Kind.UNPROCESSABLE, "case.inspector.none",
                        "No inspector patrols this area: name one",
                        List.of(new FieldProblem("inspector", "case.inspector.none", "name an inspector"))));
    }

    /** The next of the active inspectors assigned to the case's work grid, if it has any. */
    private Optional<String> patrolling(CaseFacts facts) {
        if (facts.place() == null) {
            return Optional.empty();
        }
        return workGrids.containing(facts.place().grid()).flatMap(workGrid -> {
            List<String> active = workGrid.inspectors().stream().filter(teams::isInspector).toList();
            if (active.isEmpty()) {
                return Optional.empty();
            }
            int turn = turns.computeIfAbsent(workGrid.code(), code -> new AtomicInteger()).getAndIncrement();
            return Optional.of(active.get(Math.floorMod(turn, active.size())));
        });
    }
}
