package org.gridloop.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The classes of the platform's active scheme.
 */
public interface Categories {

    /** The identifier of the active scheme. */
    String activeScheme();

    /** Every class of the active scheme, ordered by kind and code. */
    List<Category> active();

    /** A class of the active scheme. */
    Optional<Category> find(CategoryKind kind, String code);
}
