package org.gridloop.organization;

/**
 * A department (专业部门) that handles dispatched cases.
 *
 * @param code   short stable lowercase code, e.g. {@code water}
 * @param name   Chinese name
 * @param nameEn English name
 */
public record Department(String code, String name, String nameEn) {

    /** The name in the given language: English for {@code en}, otherwise Chinese. */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }
}
