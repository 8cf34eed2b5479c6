package org.gridloop.asset;

import java.util.Optional;

/**
 * Finds assets of the register for a report: by identifier, or the nearest of a class to a
 * point. Removed assets are never found.
 */
public interface AssetLocator {

    Optional<Asset> find(AssetIdentifier identifier);

    /**
     * @param classCode   the class code (4 or 5 digits)
     * @param withinMeters the largest distance accepted
     * @return the asset of that class nearest to the point, if one lies within the distance
     */
    Optional<Asset> nearest(String classCode, double latitude, double longitude, double withinMeters);
}
