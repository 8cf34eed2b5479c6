package org.gridloop.geocoding;

import java.util.List;

/**
 * Turns addresses into positions and positions into addresses over the gazetteer.
 */
public interface Geocoder {

    /**
     * Candidates for a free-text address, best first. The text may omit the city and district,
     * use full-width digits, traditional characters, 號 for 号, 路 for 街 or leave out the road's
     * 大道, and carry spaces and punctuation.
     *
     * @return at most {@code limit} candidates; empty when nothing in the gazetteer matches
     */
    List<AddressCandidate> forward(String query, int limit);

    /**
     * The gazetteer entry (doorplate or point of interest) nearest to a point, with the unit grid
     * the point lies in.
     *
     * @throws org.gridloop.DomainException {@code UNPROCESSABLE} (fields {@code lat} and
     *         {@code lon}) when the point lies outside every unit grid of the district,
     *         {@code NOT_FOUND} when the gazetteer is empty
     */
    NearbyAddress reverse(double latitude, double longitude);
}
