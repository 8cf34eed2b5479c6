package org.gridloop.organization.web;

import java.math.BigDecimal;

import org.gridloop.DomainException;

/** Numbers typed into a page's form: blank is none, anything else must read as a number. */
final class PageNumbers {

    private PageNumbers() {
    }

    static Integer whole(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notWhole) {
            throw DomainException.invalidField(field, "organization.page.number.whole", "a whole number");
        }
    }

    static BigDecimal amount(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            throw DomainException.invalidField(field, "organization.page.number.amount", "an amount in yuan");
        }
    }
}
