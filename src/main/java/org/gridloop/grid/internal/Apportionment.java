package org.gridloop.grid.internal;

import java.util.Arrays;

/**
 * Shares a whole number among parts in proportion to their weights (largest remainder
 * method), keeping every share within bounds.
 */
final class Apportionment {

    private Apportionment() {
    }

    /**
     * @return one share per weight, summing to {@code total}, each within {@code [min, max]}
     * @throws IllegalArgumentException when the bounds make the total impossible
     */
    static int[] shares(double[] weights, int total, int min, int max) {
        if ((long) weights.length * min > total || (long) weights.length * max < total) {
            throw new IllegalArgumentException(
                    "Cannot share " + total + " among " + weights.length + " parts within [" + min + ", " + max + "]");
        }
        double sum = Arrays.stream(weights).sum();
        double[] quotas = Arrays.stream(weights).map(weight -> total * weight / sum).toArray();
        int[] shares = Arrays.stream(quotas).mapToInt(quota -> Math.max(min, Math.min(max, (int) quota))).toArray();
        int assigned = Arrays.stream(shares).sum();
        while (assigned < total) {
            shares[mostUnderserved(quotas, shares, max)]++;
            assigned++;
        }
        while (assigned > total) {
            shares[mostOverserved(quotas, shares, min)]--;
            assigned--;
        }
        return shares;
    }

    private static int mostUnderserved(double[] quotas, int[] shares, int max) {
        int best = -1;
        for (int i = 0; i < shares.length; i++) {
            if (shares[i] < max && (best < 0 || quotas[i] - shares[i] > quotas[best] - shares[best])) {
                best = i;
            }
        }
        return best;
    }

    private static int mostOverserved(double[] quotas, int[] shares, int min) {
        int best = -1;
        for (int i = 0; i < shares.length; i++) {
            if (shares[i] > min && (best < 0 || shares[i] - quotas[i] > shares[best] - quotas[best])) {
                best = i;
            }
        }
        return best;
    }
}
