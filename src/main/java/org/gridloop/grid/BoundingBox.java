package org.gridloop.grid;

import org.gridloop.DomainException;

/**
 * A WGS-84 rectangle as maps ask for it: {@code west,south,east,north} in degrees.
 */
public record BoundingBox(double west, double south, double east, double north) {

    public BoundingBox {
        if (!(west >= -180 && east <= 180 && south >= -90 && north <= 90 && west <= east && south <= north)) {
            throw new IllegalArgumentException(
                    "A bounding box is west,south,east,north in degrees with west ≤ east and south ≤ north");
        }
    }

    /**
     * Reads {@code west,south,east,north}.
     *
     * @throws IllegalArgumentException when the text is not four numbers forming a box
     */
    public static BoundingBox parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("A bounding box is four numbers: west,south,east,north");
        }
        try {
            return new BoundingBox(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                    Double.parseDouble(parts[2].trim()), Double.parseDouble(parts[3].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A bounding box is four numbers: west,south,east,north", e);
        }
    }

    /**
     * Reads the {@code bbox} request parameter of a map layer.
     *
     * @throws DomainException naming the field {@code bbox} when it is not a box
     */
    public static BoundingBox ofParameter(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("bbox", "map.bbox", e.getMessage());
        }
    }

    public boolean contains(double latitude, double longitude) {
        return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
    }
}
