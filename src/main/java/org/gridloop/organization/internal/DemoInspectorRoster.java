package org.gridloop.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.gridloop.grid.Subdistrict;

/**
 * The inspector teams of the demo district: 773 inspectors in one team per subdistrict. Four
 * subdistricts buy collection from vendors (336 inspectors), the nine others run their own
 * teams (437). Names are drawn from common surnames and given names with a fixed seed, and
 * usernames follow {@code i<last 3 digits of the subdistrict code>-<3-digit sequence>}, e.g.
 * {@code i001-007}.
 */
final class DemoInspectorRoster {

    /** Valid reports expected per inspector in the previous quarter (达标量), and in its contract. */
    static final int QUARTERLY_QUOTA_PER_INSPECTOR = 300;

    /** Valid reports expected per inspector in the current quarter, raised since the previous one. */
    static final int CURRENT_QUOTA_PER_INSPECTOR = 320;

    /** The plan of one subdistrict's team; a {@code null} vendor means self-organized. */
    record TeamPlan(int inspectors, String vendorCode) {

        TeamModel model() {
            return vendorCode == null ? TeamModel.SELF_ORGANIZED : TeamModel.OUTSOURCED;
        }
    }

    /** A generated inspector. */
    record DemoInspector(String username, String name) {
    }

    private static final Map<String, TeamPlan> PLANS = Map.ofEntries(
            Map.entry("平湖", new TeamPlan(96, "pengcheng-collect")),
            Map.entry("坂田", new TeamPlan(92, "huashu-smart-city")),
            Map.entry("龙岗", new TeamPlan(88, "yuexin-urban-tech")),
            Map.entry("坪地", new TeamPlan(60, "antai-services")),
            Map.entry("布吉", new TeamPlan(70, null)),
            Map.entry("南湾", new TeamPlan(56, null)),
            Map.entry("横岗", new TeamPlan(64, null)),
            Map.entry("龙城", new TeamPlan(72, null)),
            Map.entry("坪山", new TeamPlan(52, null)),
            Map.entry("坑梓", new TeamPlan(36, null)),
            Map.entry("葵涌", new TeamPlan(31, null)),
            Map.entry("大鹏", new TeamPlan(30, null)),
            Map.entry("南澳", new TeamPlan(26, null)));

    /** The subdistrict whose team the demo account {@code inspector} belongs to. */
    static final String DEMO_ACCOUNT_SUBDISTRICT = "平湖";

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余叶";
    private static final String GIVEN_NAMES = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰文辉建国志红春燕海波宇浩鹏飞俊峰晨欣怡婷雪琳斌林";

    private final Random random = new Random(4403070L);

    /** The plan of a subdistrict's team, by the subdistrict's name ({@code 平湖} or {@code 平湖街道}). */
    static Optional<TeamPlan> planFor(Subdistrict subdistrict) {
        return Optional.ofNullable(PLANS.get(shortName(subdistrict)));
    }

    static String shortName(Subdistrict subdistrict) {
        String name = subdistrict.name();
        return name.endsWith("街道") ? name.substring(0, name.length() - 2) : name;
    }

    /** The members of a subdistrict's team; call in subdistrict order for the same names every time. */
    List<DemoInspector> members(Subdistrict subdistrict, TeamPlan plan) {
        String prefix = "i" + subdistrict.code().substring(subdistrict.code().length() - 3) + "-";
        List<DemoInspector> members = new ArrayList<>(plan.inspectors());
        for (int i = 1; i <= plan.inspectors(); i++) {
            members.add(new DemoInspector(prefix + String.format("%03d", i), personalName()));
        }
        return members;
    }

    private String personalName() {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int givenLength = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < givenLength; i++) {
            name.append(GIVEN_NAMES.charAt(random.nextInt(GIVEN_NAMES.length())));
        }
        return name.toString();
    }
}
