package org.gridloop.casework;

import org.gridloop.DomainException;

/**
 * An action on a case that the workflow refuses; the message names the status and the action.
 */
public class CaseActionRefused extends DomainException {

    CaseActionRefused(Kind kind, String messageCode, String defaultMessage, Object... arguments) {
        super(kind, messageCode, defaultMessage, arguments);
    }

    static CaseActionRefused notInStatus(CaseAction action, CaseStatus status) {
        return new CaseActionRefused(Kind.CONFLICT, "case.refused.status",
                "Action %s is not allowed on a case in status %s".formatted(action.apiName(), status),
                action.apiName(), status);
    }

    /** None of the actor's posts may create a case this way. */
    static CaseActionRefused cannotCreate(CaseAction action) {
        return new CaseActionRefused(Kind.FORBIDDEN, "case.refused.create",
                "Your posts may not take action " + action.apiName(), action.apiName());
    }

    static CaseActionRefused notForPost(CaseAction action, CaseStatus status) {
        return new CaseActionRefused(Kind.FORBIDDEN, "case.refused.post",
                "Your posts may not take action %s on a case in status %s".formatted(action.apiName(), status),
                action.apiName(), status);
    }

    static CaseActionRefused outOfScope(CaseAction action, CaseStatus status) {
        return new CaseActionRefused(Kind.FORBIDDEN, "case.refused.scope",
                "Action %s on this case in status %s is not within your tasks".formatted(action.apiName(), status),
                action.apiName(), status);
    }

    /** Someone else acted on the case since the user read it. */
    static CaseActionRefused concurrentUpdate(CaseNumber number) {
        return new CaseActionRefused(Kind.CONFLICT, "case.concurrentUpdate",
                "Case %s was changed by someone else meanwhile; reload it and try again".formatted(number),
                number.value());
    }

    static CaseActionRefused guard(String code, CaseAction action, CaseStatus status, String why) {
        return new CaseActionRefused(Kind.CONFLICT, code,
                "Action %s is not possible in status %s: %s".formatted(action.apiName(), status, why),
                action.apiName(), status);
    }
}
