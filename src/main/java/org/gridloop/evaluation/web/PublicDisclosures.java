package org.gridloop.evaluation.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.gridloop.evaluation.HeadlineFigures;
import org.gridloop.Period;
import org.gridloop.evaluation.internal.HeadlineQueries;
import org.gridloop.evaluation.internal.ScorecardObject;
import org.gridloop.evaluation.internal.Scorecards;
import org.springframework.stereotype.Component;

/**
 * The months' public disclosures, each computed at most once every {@link #FRESH_FOR} for each
 * language however many people read it: the page is open to anyone, so its readers must not be
 * able to make the server count a month's scorecards on every request.
 */
@Component
class PublicDisclosures {

    /** How long a computed disclosure is shown before it is counted again. */
    static final Duration FRESH_FOR = Duration.ofMinutes(10);

    /** The most months kept at once; asking for ever other months cannot grow it further. */
    private static final int MONTHS_KEPT = 64;

    /** A month's headline figures and rankings, as counted at {@code countedAt}. */
    record Disclosure(HeadlineFigures figures, Ranking subdistricts, Ranking departments,
            Instant countedAt) {
    }

    private record Key(YearMonth month, String language) {
    }

    private final Scorecards scorecards;
    private final HeadlineQueries headlines;
    private final Clock clock;
    private final Map<Key, Disclosure> kept = new ConcurrentHashMap<>();

    PublicDisclosures(Scorecards scorecards, HeadlineQueries headlines, Clock clock) {
        this.scorecards = scorecards;
        this.headlines = headlines;
        this.clock = clock;
    }

    Disclosure of(YearMonth month, Locale locale) {
        Key key = new Key(month, locale.getLanguage());
        Instant now = clock.instant();
        Disclosure fresh = kept.get(key);
        if (fresh != null && isFresh(fresh, now)) {
            return fresh;
        }
        if (kept.size() >= MONTHS_KEPT) {
            kept.values().removeIf(disclosure -> !isFresh(disclosure, now));
        }
        if (kept.size() >= MONTHS_KEPT && !kept.containsKey(key)) {
            return counted(month, locale, now);
        }
        return kept.compute(key, (unused, current) -> current != null && isFresh(current, now) ? current
                : counted(month, locale, now));
    }

    private static boolean isFresh(Disclosure disclosure, Instant now) {
        return disclosure.countedAt().plus(FRESH_FOR).isAfter(now);
    }

    private Disclosure counted(YearMonth month, Locale locale, Instant now) {
        Period period = Period.parse(month.toString());
        return new Disclosure(headlines.of(period),
                Ranking.of(scorecards.of(ScorecardObject.SUBDISTRICTS, period, locale)),
                Ranking.of(scorecards.of(ScorecardObject.DEPARTMENTS, period, locale)), now);
    }
}
