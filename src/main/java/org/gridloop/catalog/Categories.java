package org.gridloop.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The classes of the platform's active scheme.
 */
public interface Categories {

    /** The identifier of the active scheme. */
    String activeScheme();

    /** Every class of the active scheme, deactivated ones included, ordered by kind and code. */
    List<Category> active();

    /** The classes of the active scheme a new report may be filed under, ordered by kind and code. */
    List<Category> reportable();

    /** A class of the active scheme, deactivated or not. */
    Optional<Category> find(CategoryKind kind, String code);

    /**
     * The real local examples of handling time limits (处置时限) recorded for a class of the active
     * scheme, as written in the dictionary (e.g. {@code 济源:1工作日; 某市:4工作时}); empty when
     * none are recorded or the class is unknown.
     */
    String handlingTimeLimitExamples(CategoryKind kind, String code);
}
