package org.gridloop.asset.internal;

import java.util.List;

import org.gridloop.DomainException;

/**
 * A write to the register refused because of its content: every problem found, nothing written.
 */
public class AssetRefused extends DomainException {

    private final transient List<AssetProblem> problems;

    public AssetRefused(String messageCode, String defaultMessage, List<AssetProblem> problems) {
        super(Kind.INVALID, messageCode, defaultMessage,
                problems.stream().map(problem -> new FieldProblem(problem.field(), problem.code(),
                        problem.defaultMessage())).toList(), problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<AssetProblem> problems() {
        return problems;
    }
}
