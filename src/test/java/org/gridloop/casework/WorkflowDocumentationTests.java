package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Collectors;

import org.gridloop.casework.CaseTransitions.Transition;
import org.gridloop.identity.Post;
import org.junit.jupiter.api.Test;

/**
 * Renders {@code docs/workflow.md} from the transition table, so the document cannot drift from
 * the code: when the table changes, this test rewrites the document and fails once, to make the
 * change visible in review.
 */
class WorkflowDocumentationTests {

    private static final Path DOCUMENT = Path.of("docs/workflow.md");

    @Test
    void workflowDocumentMatchesTheTransitionTable() throws IOException {
        String rendered = render(messages());
        String existing = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT) : "";
        if (!existing.equals(rendered)) {
            Files.createDirectories(DOCUMENT.getParent());
            Files.writeString(DOCUMENT, rendered);
        }
        assertThat(existing).as("docs/workflow.md was out of date and has been rewritten").isEqualTo(rendered);
    }

    static String render(Properties zh) {
        StringBuilder doc = new StringBuilder("""
                # The case workflow

                Generated from `CaseTransitions` by `WorkflowDocumentationTests`; do not edit by hand.

                ## Statuses

                | status | 中文 | terminal |
                | --- | --- | --- |
                """);
        for (CaseStatus status : CaseStatus.values()) {
            doc.append("| `%s` | %s | %s |%n".formatted(status, zh.getProperty("case.status." + status),
                    status.isTerminal() ? "yes" : ""));
        }
        doc.append("""

                ## Transitions

                Every action is `POST /api/v1/cases/{number}/{action}`; the actions that create a case
                go through `POST /api/v1/reports`. Anything not listed is refused with a message naming
                the status and the action. Besides the post, the data scope applies: a department
                handler acts only on its own department's cases, an inspector only on their own tasks.

                | from | action | 中文 | to | posts |
                | --- | --- | --- | --- | --- |
                """);
        for (Transition transition : CaseTransitions.all()) {
            doc.append("| %s | `%s` | %s | %s | %s |%n".formatted(
                    transition.from() == null ? "—" : "`" + transition.from() + "`",
                    transition.action().apiName(), zh.getProperty("case.action." + transition.action().apiName()),
                    transition.to().stream().map(status -> "`" + status + "`").collect(Collectors.joining(" or ")),
                    transition.posts().size() == Post.values().length ? "any post"
                            : transition.posts().stream().map(Post::name).collect(Collectors.joining(", "))));
        }
        return doc.toString();
    }

    private static Properties messages() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                WorkflowDocumentationTests.class.getResourceAsStream("/i18n/casework.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
