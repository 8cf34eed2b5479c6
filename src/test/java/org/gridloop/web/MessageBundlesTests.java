package org.gridloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The message bundles: Chinese by default and complete in English, each key said once. A key
 * written twice in one file silently keeps the last; a key of two bundles shows whichever bundle
 * the message source reads first.
 */
class MessageBundlesTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    @Test
    void everyChineseMessageHasItsEnglishAndTheOtherWayRound() throws IOException {
        for (String bundle : bundles()) {
            Set<String> chinese = keys(bundle + ".properties");
            Set<String> english = keys(bundle + "_en.properties");
            assertThat(difference(chinese, english)).as("%s: keys without English", bundle).isEmpty();
            assertThat(difference(english, chinese)).as("%s: keys without Chinese", bundle).isEmpty();
        }
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        Map<String, String> owners = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        for (String bundle : bundles()) {
            Set<String> seen = new LinkedHashSet<>();
            for (String key : keyList(bundle + ".properties")) {
                if (!seen.add(key)) {
                    repeated.add(bundle + ": " + key + " twice");
                }
                String owner = owners.putIfAbsent(key, bundle);
                if (owner != null && !owner.equals(bundle)) {
                    repeated.add(key + " in " + owner + " and " + bundle);
                }
            }
        }
        assertThat(repeated).isEmpty();
    }

    private static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.contains("_"))
                    .map(name -> name.replace(".properties", "")).sorted().toList();
        }
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(keyList(file));
    }

    /** The keys of a file in order, repeats kept; continuation lines are not keys. */
    private static List<String> keyList(String file) throws IOException {
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            boolean startsEntry = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#")
                    && !trimmed.startsWith("!");
            if (startsEntry) {
                int end = 0;
                while (end < trimmed.length() && "=: \t".indexOf(trimmed.charAt(end)) < 0) {
                    end++;
                }
                keys.add(trimmed.substring(0, end));
            }
            continued = (startsEntry || continued) && trimmed.endsWith("\\");
        }
        return keys;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
