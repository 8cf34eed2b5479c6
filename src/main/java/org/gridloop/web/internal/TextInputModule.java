package org.gridloop.web.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses control characters in every string of a JSON request body (see
 * {@link ControlCharacters}), so that the refusal names the field instead of the database
 * failing on a NUL character later. Registered with the application's JSON mapper as a bean.
 */
final class TextInputModule extends SimpleModule {

    /** The message of the refusal, which {@link ApiProblemAdvice} recognizes. */
    static final String CONTROL_CHARACTER = "control character in text";

    TextInputModule() {
        super("gridloop-text-input");
        addDeserializer(String.class, new RefusingStringDeserializer());
    }

    /** The standard string reading, then the check. */
    static final class RefusingStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String value = super.deserialize(parser, context);
            if (value != null && ControlCharacters.in(value)) {
                throw InvalidFormatException.from(parser, CONTROL_CHARACTER, value, String.class);
            }
            return value;
        }
    }
}
