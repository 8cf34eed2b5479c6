package org.gridloop.evaluation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.gridloop.casework.CaseAction;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.Period;
import org.gridloop.evaluation.internal.ScreenFigures.Figures;
import org.gridloop.evaluation.internal.ScreenFigures.LatestStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the {@link ScreenFigures} now, from the read model. */
@Service
public class ScreenQueries {

    /** How many of the latest steps the screen lists. */
    static final int LATEST = 12;

    private static final String OPEN = """
            SELECT count(*) FROM evaluation_case
            WHERE status NOT IN ('CLOSED', 'REJECTED', 'DECLINED', 'DISCARDED', 'MERGED')""";

    /** The newest steps of each action up to now, each read backwards on the (action, at) index, then merged. */
    private static final String LATEST_STEPS = """
            SELECT s.number, s.sequence, s.action, s.at, s.post, c.kind, c.category_code, c.grid_code
            FROM unnest(CAST(ARRAY[:actions] AS varchar[])) AS a(action)
            CROSS JOIN LATERAL (SELECT number, sequence, action, at, post FROM evaluation_step
                                WHERE action = a.action AND at <= :now ORDER BY at DESC LIMIT :limit) s
            JOIN evaluation_case c ON c.number = s.number
            ORDER BY s.at DESC, s.number DESC, s.sequence DESC LIMIT :limit""";

    private static final List<String> ACTIONS = Arrays.stream(CaseAction.values()).map(CaseAction::name).toList();

    private final HeadlineQueries headline;
    private final JdbcClient jdbc;
    private final Categories categories;
    private final Clock clock;

    ScreenQueries(HeadlineQueries headline, JdbcClient jdbc, Categories categories, Clock clock) {
        this.headline = headline;
        this.jdbc = jdbc;
        this.categories = categories;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ScreenFigures now() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(Period.ZONE).toLocalDate();
        var day = headline.of(Period.parse(today.toString()));
        var month = headline.of(Period.parse(today.toString().substring(0, 7)));
        long open = jdbc.sql(OPEN).query(Long.class).single();
        List<LatestStep> steps = jdbc.sql(LATEST_STEPS).param("actions", ACTIONS).param("now", Timestamp.from(now))
                .param("limit", LATEST)
                .query((rs, n) -> new LatestStep(rs.getString("number"), rs.getInt("sequence"), rs.getString("action"),
                        rs.getTimestamp("at").toInstant(), rs.getString("post"), rs.getString("kind"),
                        rs.getString("category_code"), name(rs.getString("kind"), rs.getString("category_code")),
                        rs.getString("grid_code")))
                .list();
        return new ScreenFigures(now, Figures.of(day), Figures.of(month), open, day.overdueNow(), steps);
    }

    private String name(String kind, String code) {
        return categories.find(CategoryKind.valueOf(kind), code).map(Category::name).orElse(null);
    }
}
