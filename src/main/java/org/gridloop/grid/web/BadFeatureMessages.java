package org.gridloop.grid.web;

import java.util.Locale;

import org.gridloop.grid.internal.BadFeature;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Explains a bad feature of an import in the reader's language:
 * {@code grid.import.reason.<REASON>} with the position, the code and the detail; a malformed
 * code's detail names the rule from {@code grid.code.defect.<DEFECT>}.
 */
@Component
class BadFeatureMessages {

    private final MessageSource messages;

    BadFeatureMessages(MessageSource messages) {
        this.messages = messages;
    }

    String message(BadFeature feature, Locale locale) {
        String detail = feature.detail();
        if (feature.reason() == BadFeature.Reason.MALFORMED_CODE && detail != null) {
            detail = messages.getMessage("grid.code.defect." + detail, null, detail, locale);
        }
        String code = feature.code() == null ? "—" : feature.code();
        return messages.getMessage("grid.import.reason." + feature.reason().name(),
                new Object[] {String.valueOf(feature.index()), code, detail == null ? "" : detail},
                feature.reason().name() + ": " + detail, locale);
    }
}
