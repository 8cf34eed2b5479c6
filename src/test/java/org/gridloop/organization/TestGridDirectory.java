package org.gridloop.organization;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.gridloop.grid.GridCode;
import org.gridloop.grid.GridDirectory;
import org.gridloop.grid.Subdistrict;
import org.springframework.stereotype.Component;

/**
 * Test scope only: the 13 subdistricts of the demo district (codes 440307001…440307013) for the
 * tests of the organization and dispatch modules, without grids. Delete it once the grid module
 * provides the platform's {@link GridDirectory}.
 */
@Component
class TestGridDirectory implements GridDirectory {

    private static final List<String> NAMES = List.of("平湖", "布吉", "坂田", "南湾", "横岗", "龙城", "龙岗",
            "坪地", "坪山", "坑梓", "葵涌", "大鹏", "南澳");

    @Override
    public List<Subdistrict> subdistricts() {
        return IntStream.range(0, NAMES.size())
                .mapToObj(i -> new Subdistrict(String.format("440307%03d", i + 1), NAMES.get(i)))
                .toList();
    }

    @Override
    public Optional<String> outlineGeoJson(GridCode grid) {
        return Optional.empty();
    }
}
