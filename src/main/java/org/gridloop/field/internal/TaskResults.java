package org.gridloop.field.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.DomainException.Kind;
import org.gridloop.casework.ActionRequest;
import org.gridloop.casework.CaseAction;
import org.gridloop.casework.CaseManagement;
import org.gridloop.casework.CaseNumber;
import org.gridloop.field.internal.SyncRequest.QueuedResult;
import org.gridloop.field.internal.SyncResponse.ItemAnswer;
import org.gridloop.identity.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out the task results a field client queued, through the case actions {@code verify}
 * and {@code check}, each exactly once: the result's client id is claimed in the same
 * transaction as the action, so a refused action claims nothing and a replayed result finds its
 * claim and is answered {@code duplicate}.
 */
@Component
class TaskResults {

    static final int MAX_CLIENT_ID = 64;

    private final CaseManagement cases;
    private final AnsweredResults answered;
    private final TransactionTemplate transactions;
    private final Refusals refusals;
    private final Clock clock;

    TaskResults(CaseManagement cases, AnsweredResults answered, TransactionTemplate transactions, Refusals refusals,
            Clock clock) {
        this.cases = cases;
        this.answered = answered;
        this.transactions = transactions;
        this.refusals = refusals;
        this.clock = clock;
    }

    ItemAnswer carryOut(QueuedResult result, Actor actor) {
        try {
            Checked checked = check(result);
            return transactions.execute(status -> {
                if (!answered.claim(actor.username(), checked.clientId(), checked.number().value(),
                        checked.action().apiName(), clock.instant())) {
                    String earlier = answered.caseOf(actor.username(), checked.clientId()).orElseThrow();
                    return ItemAnswer.duplicate(checked.clientId(), earlier);
                }
                cases.act(checked.number(), checked.action(), checked.request(), actor);
                return ItemAnswer.accepted(checked.clientId(), checked.number().value());
            });
        } catch (DomainException refusal) {
            return refusals.refused(result.clientId(), result.caseNumber(), refusal);
        }
    }

    private record Checked(String clientId, CaseNumber number, CaseAction action, ActionRequest request) {
    }

    private static Checked check(QueuedResult result) {
        List<FieldProblem> problems = new ArrayList<>();
        String clientId = result.clientId() == null ? "" : result.clientId().trim();
        if (clientId.isEmpty()) {
            problems.add(new FieldProblem("clientId", "field.required", "required"));
        } else if (clientId.length() > MAX_CLIENT_ID) {
            problems.add(new FieldProblem("clientId", "field.tooLong", "at most " + MAX_CLIENT_ID + " characters"));
        }
        String number = result.caseNumber() == null ? "" : result.caseNumber().trim();
        if (number.isEmpty()) {
            problems.add(new FieldProblem("caseNumber", "field.required", "required"));
        } else if (!CaseNumber.isValid(number)) {
            problems.add(new FieldProblem("caseNumber", "field.sync.caseNumber", "not a case number"));
        }
        String action = result.action() == null ? "" : result.action().trim();
        String outcome = result.outcome() == null ? "" : result.outcome().trim().toUpperCase(Locale.ROOT);
        Boolean decision = null;
        CaseAction caseAction = null;
        switch (action) {
            case "verify" -> {
                caseAction = CaseAction.VERIFY;
                decision = decision(outcome, "CONFIRMED", "NOT_FOUND", problems);
            }
            case "check" -> {
                caseAction = CaseAction.CHECK;
                decision = decision(outcome, "PASSED", "FAILED", problems);
            }
            default -> problems.add(new FieldProblem("action", "field.sync.action", "must be verify or check"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(Kind.INVALID, "field.sync.result.invalid", "The result has invalid fields",
                    problems);
        }
        boolean verify = caseAction == CaseAction.VERIFY;
        ActionRequest request = new ActionRequest(result.note(), null, null, null, verify ? decision : null,
                verify ? null : decision, null, null, null, null, result.photos(), result.lat(), result.lon(), null,
                null, null, null, null);
        return new Checked(clientId, new CaseNumber(number), caseAction, request);
    }

    private static Boolean decision(String outcome, String yes, String no, List<FieldProblem> problems) {
        if (outcome.equals(yes)) {
            return true;
        }
        if (outcome.equals(no)) {
            return false;
        }
        problems.add(new FieldProblem("outcome", "field.sync.outcome", "must be " + yes + " or " + no));
        return null;
    }
}
