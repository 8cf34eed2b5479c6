package org.gridloop.geocoding.internal;

import java.util.List;
import java.util.Locale;

/**
 * Brings a typed address to the form the gazetteer is indexed in: full-width digits, letters and
 * spaces to half-width, traditional characters of place names to simplified (號 → 号), {@code #}
 * to 号, letters to lower case, spaces and punctuation dropped, and the province, city and
 * district in front (广东省深圳市龙岗区) removed because the gazetteer covers one district.
 */
final class AddressNormalizer {

    /** Traditional characters found in place names, and their simplified forms at the same index. */
    static final String TRADITIONAL = "龍崗區灣橫湧鵬東興愛聯設華寶瀾環紅雲騰遠園豐長閣頭運業創義發號門場學醫農貿鐵廠電動"
            + "會務廣際國僑體館書橋嶺壩圍辦處衛庫樂陽麗鳳漢聖鴻錦滿楓協雙鄉邊達銀黃萬飛實驗隊鎮員兒婦產黨檢測養亞歸"
            + "濕蘇楊陳劉張吳趙鄭羅謝馮鄧溝壟灘莊樓棟單層條線軌觀覽陸島順盤龜雞鵝馬魚蝦麥穀糧歲進連禮倉儲寧匯時間";
    static final String SIMPLIFIED = "龙岗区湾横涌鹏东兴爱联设华宝澜环红云腾远园丰长阁头运业创义发号门场学医农贸铁厂电动"
            + "会务广际国侨体馆书桥岭坝围办处卫库乐阳丽凤汉圣鸿锦满枫协双乡边达银黄万飞实验队镇员儿妇产党检测养亚归"
            + "湿苏杨陈刘张吴赵郑罗谢冯邓沟垅滩庄楼栋单层条线轨观览陆岛顺盘龟鸡鹅马鱼虾麦谷粮岁进连礼仓储宁汇时间";

    /** Written in front of an address in the district; removed in this order, each at most once. */
    private static final List<String> PREFIXES = List.of("中国", "广东省", "广东", "深圳市", "深圳", "龙岗区");

    private AddressNormalizer() {
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder normalized = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            int c = halfWidth(codePoint);
            if (c == '#') {
                normalized.append(GazetteerEntry.NUMBER_SUFFIX);
            } else if (Character.isLetterOrDigit(c)) {
                int traditional = c < Character.MIN_SUPPLEMENTARY_CODE_POINT ? TRADITIONAL.indexOf(c) : -1;
                normalized.appendCodePoint(traditional >= 0 ? SIMPLIFIED.charAt(traditional) : c);
            }
        });
        String result = normalized.toString().toLowerCase(Locale.ROOT);
        for (String prefix : PREFIXES) {
            if (result.startsWith(prefix)) {
                result = result.substring(prefix.length());
            }
        }
        return result;
    }

    /** Full-width forms (！ to ～) and the ideographic space to their ASCII counterparts. */
    private static int halfWidth(int c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return c - 0xFEE0;
        }
        return c == 0x3000 ? ' ' : c;
    }
}
