package org.gridloop.asset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridloop.grid.BoundingBox;
import org.junit.jupiter.api.Test;

class AssetMapLayerTests {

    @Test
    void keepsTheZoomOfAScreenSizedBoxAndCoarsensAHugeOne() {
        assertThat(AssetMapLayer.boundedZoom(new BoundingBox(114.10, 22.68, 114.16, 22.72), 15)).isEqualTo(15);
        assertThat(AssetMapLayer.boundedZoom(new BoundingBox(113.9, 22.4, 114.8, 23.0), 17)).isBetween(10, 12);
        assertThat(AssetMapLayer.boundedZoom(new BoundingBox(-180, -85, 180, 85), 22)).isEqualTo(3);
    }
}
