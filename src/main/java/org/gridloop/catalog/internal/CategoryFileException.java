package org.gridloop.catalog.internal;

import org.gridloop.DomainException;

/**
 * A category file that cannot be imported. The whole file is refused; the message names the
 * line at fault.
 */
class CategoryFileException extends DomainException {

    CategoryFileException(int line, String messageCode, String reason, Object... details) {
        super(Kind.UNPROCESSABLE, messageCode, "Category file, line " + line + ": " + reason,
                prepend(line, details));
    }

    private static Object[] prepend(int line, Object[] details) {
        Object[] arguments = new Object[details.length + 1];
        arguments[0] = String.valueOf(line);
        System.arraycopy(details, 0, arguments, 1, details.length);
        return arguments;
    }
}
