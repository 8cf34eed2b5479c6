package org.gridloop.casework;

import java.util.List;

/**
 * One fault of a legacy import file: the line it is on (1 is the header), the column at fault
 * and the message code explaining it, with its arguments.
 */
public record ImportProblem(int line, String field, String messageCode, String defaultMessage, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    ImportProblem(int line, String field, String messageCode, String defaultMessage, Object... arguments) {
        this(line, field, messageCode, defaultMessage, List.of(arguments));
    }
}
