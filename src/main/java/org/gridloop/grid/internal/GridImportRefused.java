package org.gridloop.grid.internal;

import java.util.List;

import org.gridloop.DomainException;

/** A grid or area file with bad features: nothing was written; every bad feature is listed. */
public class GridImportRefused extends DomainException {

    private final transient List<BadFeature> badFeatures;

    GridImportRefused(List<BadFeature> badFeatures) {
        this("grid.import.refused", badFeatures);
    }

    /** @param messageCode the message of the refusal, given the number of bad features */
    GridImportRefused(String messageCode, List<BadFeature> badFeatures) {
        super(Kind.UNPROCESSABLE, messageCode,
                badFeatures.size() + " features of the file cannot be imported; nothing was written",
                badFeatures.stream().map(BadFeature::index).distinct().count());
        this.badFeatures = List.copyOf(badFeatures);
    }

    public List<BadFeature> badFeatures() {
        return badFeatures;
    }
}
