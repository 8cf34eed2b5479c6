package org.gridloop.geocoding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a gazetteer entry the ways callers and operators do: with or without province, city,
 * district and subdistrict, with 號 and traditional characters, full-width digits, the road's
 * kind left out or confused (平湖88号, 平湖路88号 for 平湖大街88号), {@code #} or nothing for 号,
 * and spaces or punctuation between the parts.
 */
final class AddressVariants {

    /** A way of writing an address, and the text written. */
    record Variant(String kind, String text) {
    }

    private static final String[] SEPARATORS = {" ", "，", "、", "-", " · ", "  ", ",", "（", "）"};

    private final Random random;

    AddressVariants(Random random) {
        this.random = random;
    }

    /** The {@code n}-th way of writing the entry; the ways cycle with {@code n}. */
    Variant variant(GazetteerEntry entry, int n) {
        String subdistrict = entry.subdistrict() + GazetteerEntry.SUBDISTRICT_SUFFIX;
        String district = GazetteerEntry.CITY + GazetteerEntry.DISTRICT;
        String label = entry.label();
        return switch (n % 9) {
            case 0 -> new Variant("full", entry.address());
            case 1 -> new Variant("no city and district", subdistrict + label);
            case 2 -> new Variant("label only", label);
            case 3 -> new Variant("traditional, 號", traditional(district + subdistrict + label));
            case 4 -> new Variant("full-width digits", GazetteerEntry.DISTRICT + fullWidth(label));
            case 5 -> new Variant("road kind left out or confused", abbreviated(entry, subdistrict));
            case 6 -> new Variant("separators", separated(GazetteerEntry.CITY, GazetteerEntry.DISTRICT, subdistrict,
                    entry.kind() == EntryKind.DOORPLATE ? entry.road() : label,
                    entry.kind() == EntryKind.DOORPLATE ? entry.houseNumber() + " " + GazetteerEntry.NUMBER_SUFFIX : ""));
            case 7 -> new Variant("province in front", "广东省" + district + label);
            default -> new Variant("# or no 号", entry.kind() == EntryKind.DOORPLATE
                    ? entry.road() + entry.houseNumber() + (random.nextBoolean() ? "#" : "")
                    : subdistrict + " " + label);
        };
    }

    private String abbreviated(GazetteerEntry entry, String subdistrict) {
        if (entry.kind() != EntryKind.DOORPLATE) {
            return traditional(subdistrict) + entry.label();
        }
        String kind = entry.road().substring(entry.stem().length());
        List<String> others = new ArrayList<>(List.of("", "路", "街", "大道", "大街"));
        others.remove(kind);
        return entry.stem() + others.get(random.nextInt(others.size())) + entry.houseNumber()
                + GazetteerEntry.NUMBER_SUFFIX;
    }

    private String separated(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
                }
                text.append(part);
            }
        }
        return text.toString();
    }

    static String traditional(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int at = AddressNormalizer.SIMPLIFIED.indexOf(c);
            result.append(at >= 0 ? AddressNormalizer.TRADITIONAL.charAt(at) : c);
        }
        return result.toString();
    }

    static String fullWidth(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            result.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c == ' ' ? '\u3000' : c);
        }
        return result.toString();
    }
}
