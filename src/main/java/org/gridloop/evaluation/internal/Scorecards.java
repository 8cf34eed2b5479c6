package org.gridloop.evaluation.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridloop.DomainException;
import org.gridloop.Period;
import org.gridloop.evaluation.internal.MeasureQueries.Counts;
import org.gridloop.evaluation.internal.MeasureQueries.Tally;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorecards (考评表) of every evaluated object, scored under the model in force on the
 * period's first day, and the cases behind each of their counts.
 */
@Service
public class Scorecards {

    private final RegionCards regions;
    private final DepartmentCards departments;
    private final PostCards posts;
    private final TeamCards teams;
    private final MeasureQueries queries;
    private final EvaluationModels models;

    Scorecards(RegionCards regions, DepartmentCards departments, PostCards posts, TeamCards teams,
            MeasureQueries queries, EvaluationModels models) {
        this.regions = regions;
        this.departments = departments;
        this.posts = posts;
        this.teams = teams;
        this.queries = queries;
        this.models = models;
    }

    /** The scorecard of the object for the period; names in the locale where there are two. */
    @Transactional(readOnly = true)
    public Scorecard of(ScorecardObject object, Period period, Locale locale) {
        EvaluationModel model = models.inForce(period.from().atZone(Period.ZONE).toLocalDate());
        return card(object, period, model, locale, queries.count(counted(object), period));
    }

    /**
     * The scorecards of every object for the period, their counts read together: the period's
     * steps once and its cases once per time, rather than once per object.
     */
    @Transactional(readOnly = true)
    public Map<ScorecardObject, Scorecard> all(Period period, Locale locale) {
        EvaluationModel model = models.inForce(period.from().atZone(Period.ZONE).toLocalDate());
        List<ScorecardObject> objects = List.of(ScorecardObject.values());
        Tally tally = queries.tally(objects.stream().flatMap(object -> counted(object).stream()).toList(), period);
        Map<ScorecardObject, Scorecard> cards = new EnumMap<>(ScorecardObject.class);
        for (ScorecardObject object : objects) {
            cards.put(object, card(object, period, model, locale, tally.of(counted(object))));
        }
        return cards;
    }

    private Scorecard card(ScorecardObject object, Period period, EvaluationModel model, Locale locale,
            Counts counts) {
        return switch (object) {
            case SUBDISTRICTS, COMMUNITIES, GRIDS -> regions.card(object, period, model, counts);
            case DEPARTMENTS -> departments.card(period, model, locale, counts);
            case INSPECTORS, OPERATORS, SUPERVISORS, DISPATCHERS -> posts.card(object, period, model, counts);
            case TEAMS -> teams.teams(period, model, counts);
            case VENDORS -> teams.vendors(period, model);
        };
    }

    /** What is counted for the object's scorecard; the vendors' settlement counts per contract itself. */
    private List<Measure> counted(ScorecardObject object) {
        return switch (object) {
            case TEAMS -> teams.countedForTeams();
            case VENDORS -> List.of();
            default -> measures(object);
        };
    }

    /**
     * The cases behind a count of a scorecard: of the row with the key, of a team roll-up's mode,
     * or of the total when neither is given. As many entries as the cell counts.
     *
     * @throws DomainException INVALID on {@code measure} when the object has no such count
     */
    @Transactional(readOnly = true)
    public List<CaseEntry> cases(ScorecardObject object, Period period, String measureName, String key, String mode) {
        Measure measure = measures(object).stream().filter(candidate -> candidate.name().equals(measureName))
                .findFirst().orElseThrow(() -> DomainException.invalidField("measure", "evaluation.scorecard.measure",
                        "one of " + measures(object).stream().map(Measure::name).toList()));
        return switch (object) {
            case VENDORS -> teams.vendorCases(measure, period, key);
            case TEAMS -> queries.cases(measure, period, key != null ? List.of(key) : teams.teamsOf(mode));
            case INSPECTORS -> key == null && measure.name().equals("missedReports")
                    ? List.of() : queries.cases(measure, period, key == null ? null : posts.keysOf(measure, key));
            default -> queries.cases(measure, period, key == null ? null : List.of(key));
        };
    }

    /** The names of the counts of the object's rows that drill down to their cases. */
    public List<String> measureNames(ScorecardObject object) {
        return measures(object).stream().map(Measure::name).toList();
    }

    private List<Measure> measures(ScorecardObject object) {
        return switch (object) {
            case SUBDISTRICTS, COMMUNITIES, GRIDS -> regions.measures(object);
            case DEPARTMENTS -> departments.measures();
            case INSPECTORS, OPERATORS, SUPERVISORS, DISPATCHERS -> posts.measures(object);
            case TEAMS, VENDORS -> teams.measures(object);
        };
    }
}
