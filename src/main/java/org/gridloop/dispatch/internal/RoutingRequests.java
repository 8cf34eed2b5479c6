package org.gridloop.dispatch.internal;

import java.util.List;
import java.util.Locale;

import org.gridloop.DomainException.FieldProblem;
import org.gridloop.catalog.CategoryKind;

/** Reading the parts of routing requests that the API and the page share. */
final class RoutingRequests {

    private RoutingRequests() {
    }

    /** The kind named {@code asset} or {@code incident}; {@code null} with a problem otherwise. */
    static CategoryKind kind(String value, List<FieldProblem> problems) {
        String kind = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "asset" -> CategoryKind.ASSET;
            case "incident" -> CategoryKind.INCIDENT;
            default -> {
                problems.add(new FieldProblem("kind", "dispatch.rule.kind", "asset or incident"));
                yield null;
            }
        };
    }
}
