package org.gridloop;

/**
 * An administrative change for the audit log (操作日志): reference data, accounts, sign-ins.
 * The module that makes a change publishes one with Spring's {@code ApplicationEventPublisher}
 * inside the transaction that makes it; the audit module records it in that same transaction,
 * with who made it, when and from which address, so that a change and its record commit or roll
 * back together.
 *
 * <p>{@code before} and {@code after} are what an administrator needs to see what changed: a
 * record or map that serializes to JSON, small (an import records its label and counts, not its
 * file). Never a password or its hash.
 *
 * @param object   the kind of object, a lowercase noun: {@code area-revision}, {@code department},
 *                 {@code account}, {@code team}, {@code routing-rule}, {@code category},
 *                 {@code category-scheme}, {@code grid-version}, {@code work-grid}, {@code asset},
 *                 {@code census}, {@code calendar}, {@code time-limit}, {@code sign-in},
 *                 {@code sign-in-lock}, {@code vendor}, {@code contract}, {@code quota}
 * @param objectId the object's code or id (a username, a department code, a rule id)
 * @param action   what was done, a lowercase verb: {@code create}, {@code update}, {@code delete},
 *                 {@code deactivate}, {@code activate}, {@code import}, {@code disable},
 *                 {@code enable}, {@code password-reset}, {@code password-change}, {@code approve},
 *                 {@code reject}, {@code succeed}, {@code fail}, {@code lock}, {@code release}
 * @param before   the object before the change, {@code null} when it was created
 * @param after    the object after the change, {@code null} when it was deleted
 * @param actor    who made the change when nobody is signed in on the thread (a sign-in, work
 *                 done at start); {@code null} for the signed-in user
 */
public record AuditedChange(String object, String objectId, String action, Object before, Object after,
        String actor) {

    /** A change made by the user signed in on the current thread. */
    public static AuditedChange of(String object, String objectId, String action, Object before, Object after) {
        return new AuditedChange(object, objectId, action, before, after, null);
    }

    /** The same change, made by the named user. */
    public AuditedChange by(String username) {
        return new AuditedChange(object, objectId, action, before, after, username);
    }
}
