package org.gridloop.field.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.gridloop.casework.CaseStatus;
import org.gridloop.casework.Light;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The texts of the field app in both languages, taken from the message bundles (the keys under
 * {@code field.app.}, and the case statuses and lights of casework as {@code status.<STATUS>} and
 * {@code light.<light>}) and written into the page, so the app can switch language offline.
 */
@Component
class FieldAppMessages {

    static final String PREFIX = "field.app.";
    static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final Map<String, Map<String, String>> tables;

    FieldAppMessages(MessageSource messages) {
        TreeSet<String> keys = new TreeSet<>();
        Properties bundle = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("i18n/messages.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bundle.stringPropertyNames().stream().filter(key -> key.startsWith(PREFIX)).forEach(keys::add);
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        for (Locale language : LANGUAGES) {
            Map<String, String> table = new LinkedHashMap<>();
            keys.forEach(key -> table.put(key.substring(PREFIX.length()), messages.getMessage(key, null, language)));
            for (CaseStatus status : CaseStatus.values()) {
                table.put("status." + status.name(), messages.getMessage("case.status." + status.name(), null, language));
            }
            for (Light light : Light.values()) {
                table.put("light." + light.name().toLowerCase(Locale.ROOT),
                        messages.getMessage("light." + light.name(), null, language));
            }
            byLanguage.put(language.getLanguage(), Map.copyOf(table));
        }
        this.tables = Map.copyOf(byLanguage);
    }

    /** Language ({@code zh}, {@code en}) → key without the prefix → text. */
    Map<String, Map<String, String>> tables() {
        return tables;
    }
}
