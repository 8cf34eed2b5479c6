package org.gridloop.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridloop.audit.web.AuditChanges.Change;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditChangesTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void listsOnlyTheFieldsWhoseValuesDiffer() {
        var changes = AuditChanges.between(node("{\"name\":\"甲\",\"active\":true,\"posts\":[\"A\"]}"),
                node("{\"name\":\"乙\",\"active\":true,\"posts\":[\"A\",\"B\"]}"));

        assertThat(changes).containsExactly(new Change("name", "甲", "乙"),
                new Change("posts", "[\"A\"]", "[\"A\",\"B\"]"));
    }

    @Test
    void listsEveryFieldOfACreatedOrRemovedObject() {
        assertThat(AuditChanges.between(null, node("{\"code\":\"water\",\"name\":\"水务\"}")))
                .containsExactly(new Change("code", "", "water"), new Change("name", "", "水务"));
        assertThat(AuditChanges.between(node("{\"code\":\"water\"}"), null))
                .containsExactly(new Change("code", "water", ""));
    }

    @Test
    void cutsLongValues() {
        String longName = "路".repeat(500);
        Change change = AuditChanges.between(null, node("{\"name\":\"" + longName + "\"}")).get(0);

        assertThat(change.after()).hasSize(AuditChanges.MAX_VALUE_LENGTH).endsWith("…");
    }

    @Test
    void comparesValuesThatAreNoObjects() {
        assertThat(AuditChanges.between(node("3"), node("4"))).containsExactly(new Change("", "3", "4"));
        assertThat(AuditChanges.between(node("3"), node("3"))).isEmpty();
    }

    private JsonNode node(String text) {
        return json.readTree(text);
    }
}
