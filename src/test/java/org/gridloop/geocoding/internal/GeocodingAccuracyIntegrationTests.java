package org.gridloop.geocoding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gridloop.geocoding.AddressCandidate;
import org.gridloop.geocoding.Geocoder;
import org.gridloop.geocoding.internal.AddressVariants.Variant;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Top-1 accuracy of forward geocoding over addresses the ranking was not tuned on: the
 * gazetteer entries whose id is a multiple of 7 are held out (tuning looked only at the others),
 * and 270 of them, drawn with a fixed seed, are written in nine ways each cycling (missing city,
 * district or subdistrict, 號 and traditional characters, full-width digits, road kind left out or
 * confused, separators, province in front, {@code #} for 号).
 */
@HttpIntegrationTest
class GeocodingAccuracyIntegrationTests {

    static final int HELD_OUT_VARIANTS = 270;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    Geocoder geocoder;

    @Test
    void findsHeldOutAddressVariantsFirstAtLeast95PercentOfTheTime() {
        List<GazetteerEntry> heldOut = heldOut(gazetteer.all());
        AddressVariants variants = new AddressVariants(new Random(30_428));
        Map<String, int[]> byKind = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        int hits = 0;
        for (int n = 0; n < heldOut.size(); n++) {
            GazetteerEntry entry = heldOut.get(n);
            Variant variant = variants.variant(entry, n);
            List<AddressCandidate> found = geocoder.forward(variant.text(), 5);
            boolean hit = !found.isEmpty() && found.get(0).address().equals(entry.address());
            int[] tally = byKind.computeIfAbsent(variant.kind(), kind -> new int[2]);
            tally[1]++;
            if (hit) {
                hits++;
                tally[0]++;
            } else {
                misses.add(variant.text() + " → " + (found.isEmpty() ? "nothing" : found.get(0).address())
                        + " (wanted " + entry.address() + ")");
            }
        }
        double rate = (double) hits / heldOut.size();
        System.out.printf("Forward geocoding top-1 hit rate on %d held-out variants: %.1f %%%n", heldOut.size(),
                rate * 100);
        byKind.forEach((kind, tally) -> System.out.printf("  %-32s %d/%d%n", kind, tally[0], tally[1]));
        misses.forEach(miss -> System.out.println("  missed: " + miss));
        assertThat(heldOut).hasSizeGreaterThanOrEqualTo(200);
        assertThat(rate).isGreaterThanOrEqualTo(0.95);
    }

    /** Held-out entries (id a multiple of 7) drawn with a fixed seed, doorplates and points of interest. */
    static List<GazetteerEntry> heldOut(List<GazetteerEntry> all) {
        List<GazetteerEntry> candidates = new ArrayList<>(all.stream().filter(entry -> entry.id() % 7 == 0).toList());
        java.util.Collections.shuffle(candidates, new Random(215));
        List<GazetteerEntry> chosen = new ArrayList<>();
        int pois = 0;
        for (GazetteerEntry entry : candidates) {
            if (chosen.size() == HELD_OUT_VARIANTS) {
                break;
            }
            boolean poi = entry.kind() != EntryKind.DOORPLATE;
            if (!poi || pois < HELD_OUT_VARIANTS / 4) {
                chosen.add(entry);
                pois += poi ? 1 : 0;
            }
        }
        return chosen;
    }
}
