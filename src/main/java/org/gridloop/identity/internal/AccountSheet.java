package org.gridloop.identity.internal;

import java.util.List;

import org.gridloop.DomainException.FieldProblem;
import org.gridloop.identity.internal.AccountManagement.AccountForm;

/**
 * The accounts of an uploaded file, read but not yet checked, with the problems of the file as a
 * whole (a missing or unknown column, too many rows).
 */
public record AccountSheet(List<Row> rows, List<FieldProblem> problems) {

    /** A row of the file and the number the spreadsheet shows it under. */
    public record Row(int number, AccountForm form) {
    }
}
