package org.gridloop.organization;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the department kind a category names as its usual responsible department (e.g.
 * {@code 排水管理单位/水务部门}) and picks one of the demo district's departments, for the demo
 * routing rules and the demo asset register alike, so that an asset's department and its class's
 * routing agree. The keyword
 * found first in the text wins, since the text names the primary department first; at the same
 * position the longer keyword wins ({@code 交通管理} over {@code 交通}).
 */
public final class DepartmentHints {

    private static final Map<String, String> KEYWORDS = new LinkedHashMap<>();

    static {
        keywords("water", "供水", "自来水");
        keywords("drainage", "排水", "污水", "雨水", "水务");
        keywords("power", "供电", "电力");
        keywords("gas", "燃气", "油气");
        keywords("telecom", "通信", "电视", "网络", "广电");
        keywords("roads", "道路", "公交", "交通运输", "交通", "停车", "桥隧", "轨道", "铁路");
        keywords("lighting", "路灯", "照明");
        keywords("greening", "园林", "绿化");
        keywords("sanitation", "环卫", "环境卫生");
        keywords("enforcement", "城管", "执法");
        keywords("traffic-police", "交管", "交通管理", "公安");
        keywords("housing", "住建", "房屋", "建设", "房管");
        keywords("planning", "规划");
        keywords("environment", "生态环境", "环保");
        keywords("market", "市场监管");
        keywords("subdistrict", "属地", "街道", "民政");
    }

    private DepartmentHints() {
    }

    private static void keywords(String department, String... words) {
        for (String word : words) {
            KEYWORDS.put(word, department);
        }
    }

    /** The department code the hint points to, or empty when there is no hint or no keyword occurs in it. */
    public static Optional<String> departmentFor(String hint) {
        if (hint == null) {
            return Optional.empty();
        }
        String best = null;
        int bestPosition = Integer.MAX_VALUE;
        for (String keyword : KEYWORDS.keySet()) {
            int position = hint.indexOf(keyword);
            if (position >= 0 && (position < bestPosition
                    || position == bestPosition && keyword.length() > best.length())) {
                best = keyword;
                bestPosition = position;
            }
        }
        return Optional.ofNullable(best).map(KEYWORDS::get);
    }
}
