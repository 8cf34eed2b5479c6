package org.gridloop.dispatch.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridloop.catalog.CategoryKind;

/**
 * The routing rules of one scheme, ready for lookup. The most specific matching rule wins:
 * <ol>
 * <li>exact class in the case's subdistrict,</li>
 * <li>exact class anywhere,</li>
 * <li>major class in the case's subdistrict,</li>
 * <li>major class anywhere.</li>
 * </ol>
 * A case outside the grid area (no subdistrict) only matches rules for everywhere.
 */
final class RoutingTable {

    private record Key(CategoryKind kind, boolean exactClass, String code, String subdistrictCode) {
    }

    private final String scheme;
    private final Map<Key, RoutingRule> rules = new HashMap<>();

    RoutingTable(String scheme, Collection<RoutingRule> rules) {
        this.scheme = scheme;
        for (RoutingRule rule : rules) {
            boolean exactClass = rule.classCode() != null;
            Key key = new Key(rule.kind(), exactClass, exactClass ? rule.classCode() : rule.majorCode(),
                    rule.subdistrictCode());
            if (this.rules.putIfAbsent(key, rule) != null) {
                throw new IllegalArgumentException("Two routing rules for the same case: " + rule);
            }
        }
    }

    String scheme() {
        return scheme;
    }

    /**
     * @param majorCode       the class's major code, or {@code null} when the class is unknown
     * @param subdistrictCode the case's subdistrict, or {@code null} outside the grid area
     */
    Optional<String> departmentFor(CategoryKind kind, String classCode, String majorCode, String subdistrictCode) {
        return matching(kind, classCode, majorCode, subdistrictCode).stream().findFirst()
                .map(RoutingRule::departmentCode);
    }

    /** Every rule matching the case, the most specific first. */
    List<RoutingRule> matching(CategoryKind kind, String classCode, String majorCode, String subdistrictCode) {
        List<RoutingRule> matching = new ArrayList<>(4);
        if (subdistrictCode != null) {
            add(matching, new Key(kind, true, classCode, subdistrictCode));
        }
        add(matching, new Key(kind, true, classCode, null));
        if (majorCode != null && subdistrictCode != null) {
            add(matching, new Key(kind, false, majorCode, subdistrictCode));
        }
        if (majorCode != null) {
            add(matching, new Key(kind, false, majorCode, null));
        }
        return matching;
    }

    private void add(List<RoutingRule> matching, Key key) {
        RoutingRule rule = rules.get(key);
        if (rule != null) {
            matching.add(rule);
        }
    }
}
