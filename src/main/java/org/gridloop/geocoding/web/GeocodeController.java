package org.gridloop.geocoding.web;

import java.util.ArrayList;
import java.util.List;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.geocoding.AddressCandidate;
import org.gridloop.geocoding.Geocoder;
import org.gridloop.geocoding.NearbyAddress;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Forward and reverse geocoding. The API answers under {@code /api/v1/geocode} with a bearer
 * token; the same answers are served under {@code /geocode} to the signed-in workstation pages
 * (the hotline form's address box and map), whose session the stateless API does not read.
 */
@RestController
@RequestMapping({"/api/v1/geocode", "/geocode"})
class GeocodeController {

    static final int MAX_QUERY_LENGTH = 100;
    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 20;

    /** A candidate address, best first. */
    record Candidate(String address, double lat, double lon, double score, String grid) {

        static Candidate of(AddressCandidate candidate) {
            return new Candidate(candidate.address(), candidate.latitude(), candidate.longitude(), candidate.score(),
                    candidate.grid().value());
        }
    }

    /**
     * The address near a point: {@code address} as a caller would say it (平湖大街88号附近 12 米),
     * {@code nearest} the full address of the doorplate or point of interest, {@code grid} the unit
     * grid the point lies in.
     */
    record Nearby(String address, long distanceMeters, String grid, String nearest) {
    }

    private final Geocoder geocoder;
    private final MessageSource messages;

    GeocodeController(Geocoder geocoder, MessageSource messages) {
        this.geocoder = geocoder;
        this.messages = messages;
    }

    /** Candidates for {@code q}, which must hold a letter or digit and at most 100 characters. */
    @GetMapping
    List<Candidate> forward(@RequestParam(required = false) String q,
            @RequestParam(required = false) String limit) {
        List<FieldProblem> problems = new ArrayList<>();
        if (q == null || q.codePoints().noneMatch(Character::isLetterOrDigit)) {
            problems.add(new FieldProblem("q", "geocoding.q.required", "Enter an address"));
        } else if (q.length() > MAX_QUERY_LENGTH) {
            problems.add(new FieldProblem("q", "geocoding.q.tooLong", "At most 100 characters"));
        }
        int count = limit(limit, problems);
        refuseIfAny(problems);
        return geocoder.forward(q, count).stream().map(Candidate::of).toList();
    }

    @GetMapping("/reverse")
    Nearby reverse(@RequestParam(required = false) String lat, @RequestParam(required = false) String lon) {
        List<FieldProblem> problems = new ArrayList<>();
        double latitude = coordinate("lat", lat, 90, problems);
        double longitude = coordinate("lon", lon, 180, problems);
        refuseIfAny(problems);
        NearbyAddress nearby = geocoder.reverse(latitude, longitude);
        long metres = Math.round(nearby.distanceMeters());
        return new Nearby(messages.getMessage("geocoding.near", new Object[] {nearby.label(), metres},
                LocaleContextHolder.getLocale()), metres, nearby.grid().value(), nearby.address());
    }

    private static int limit(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // named below
        }
        problems.add(new FieldProblem("limit", "geocoding.limit", "A whole number from 1 to 20"));
        return DEFAULT_LIMIT;
    }

    private static double coordinate(String field, String text, double bound, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "field.required", "Required"));
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (value >= -bound && value <= bound) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // named below
        }
        problems.add(new FieldProblem(field, "geocoding." + field, "Degrees within ±" + (int) bound));
        return Double.NaN;
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "problem.invalid-input",
                    "The request has invalid fields.", problems);
        }
    }
}
