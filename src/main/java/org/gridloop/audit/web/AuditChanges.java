package org.gridloop.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What an entry changed, field by field, for people to read: the top-level fields of the object
 * before and after whose values differ (all fields of a created or removed object), each value
 * as short text.
 */
final class AuditChanges {

    /** The longest value shown; longer ones are cut with an ellipsis. */
    static final int MAX_VALUE_LENGTH = 160;

    /** One changed field; a side is empty when the field did not exist there. */
    record Change(String field, String before, String after) {
    }

    private AuditChanges() {
    }

    static List<Change> between(JsonNode before, JsonNode after) {
        if (!isObject(before) && !isObject(after)) {
            String was = text(before);
            String now = text(after);
            return was.equals(now) ? List.of() : List.of(new Change("", was, now));
        }
        Set<String> fields = new LinkedHashSet<>();
        if (isObject(before)) {
            fields.addAll(before.propertyNames());
        }
        if (isObject(after)) {
            fields.addAll(after.propertyNames());
        }
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String was = isObject(before) ? text(before.get(field)) : "";
            String now = isObject(after) ? text(after.get(field)) : "";
            if (!was.equals(now)) {
                changes.add(new Change(field, was, now));
            }
        }
        return changes;
    }

    private static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        String text = node.isValueNode() ? node.asString() : node.toString();
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
