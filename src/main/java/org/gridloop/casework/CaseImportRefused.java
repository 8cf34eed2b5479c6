package org.gridloop.casework;

import java.util.List;

/**
 * A legacy import refused for its faults, every bad row with its line and reason; nothing of the
 * file was written.
 */
public class CaseImportRefused extends RuntimeException {

    private final transient List<ImportProblem> problems;

    CaseImportRefused(List<ImportProblem> problems) {
        super(problems.size() + " faults in the import file");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
