package org.gridloop;

import java.util.List;

/**
 * A request the domain refuses, with what kind of refusal it is and which fields are at fault.
 * The web layer turns it into an RFC 9457 problem (API) or a page message (workstations),
 * resolving {@link #messageCode()} against the message bundles.
 */
public class DomainException extends RuntimeException {

    /** What went wrong, which decides the HTTP status. */
    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), UNPROCESSABLE(422), TOO_MANY_REQUESTS(429);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** One field at fault, with the message code that explains it. */
    public record FieldProblem(String field, String messageCode, String defaultMessage) {
    }

    private final Kind kind;
    private final String messageCode;
    private final transient Object[] arguments;
    private final List<FieldProblem> fieldProblems;

    public DomainException(Kind kind, String messageCode, String defaultMessage, Object... arguments) {
        this(kind, messageCode, defaultMessage, List.of(), arguments);
    }

    public DomainException(Kind kind, String messageCode, String defaultMessage,
            List<FieldProblem> fieldProblems, Object... arguments) {
        super(defaultMessage);
        this.kind = kind;
        this.messageCode = messageCode;
        this.arguments = arguments.clone();
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    /** A refusal because of one field. */
    public static DomainException invalidField(String field, String messageCode, String defaultMessage) {
        return new DomainException(Kind.INVALID, messageCode, defaultMessage,
                List.of(new FieldProblem(field, messageCode, defaultMessage)));
    }

    /**
     * CONFLICT: the record changed since the version an edit is based on. Names the field
     * {@code version} and carries the current version as the message's argument.
     *
     * @param what the record in the default message ("team", "vendor", …)
     */
    public static DomainException stale(String messageCode, String what, int currentVersion) {
        return new DomainException(Kind.CONFLICT, messageCode,
                "The " + what + " was changed meanwhile; it is now at version " + currentVersion,
                List.of(new FieldProblem("version", messageCode, "changed meanwhile")), currentVersion);
    }

    /** CONFLICT: another record already uses the value of {@code field}; the value is the message's argument. */
    public static DomainException taken(String field, String messageCode, String value) {
        return new DomainException(Kind.CONFLICT, messageCode, "The " + field + " " + value + " is already used",
                List.of(new FieldProblem(field, messageCode, "already used")), value);
    }

    public Kind kind() {
        return kind;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
