package org.gridloop.grid.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Invents community names (社区) in the style of the Pearl River Delta's villages: a first
 * character for a family, a colour, a plant or a direction, a second for a landform, and
 * 社区. Names never repeat within one district.
 */
final class CommunityNames {

    private static final List<String> FIRSTS = List.of(
            "新", "上", "下", "大", "东", "西", "南", "北", "石", "白", "黄", "龙", "凤", "松", "竹",
            "荷", "禾", "沙", "水", "金", "长", "马", "鹅", "梅", "桂", "樟", "榕", "丹", "银", "宝");
    private static final List<String> SECONDS = List.of(
            "岭", "塘", "坑", "围", "田", "湖", "山", "岗", "埔", "坳", "园", "湾", "背", "洋", "林",
            "溪", "坝", "朗", "排", "沥");
    private static final String SUFFIX = "社区";

    private final RandomGenerator random;
    private final Set<String> used = new HashSet<>();

    CommunityNames(RandomGenerator random) {
        this.random = random;
    }

    String next() {
        if (used.size() == FIRSTS.size() * SECONDS.size()) {
            throw new IllegalStateException("No community names left");
        }
        while (true) {
            String name = FIRSTS.get(random.nextInt(FIRSTS.size()))
                    + SECONDS.get(random.nextInt(SECONDS.size())) + SUFFIX;
            if (used.add(name)) {
                return name;
            }
        }
    }
}
