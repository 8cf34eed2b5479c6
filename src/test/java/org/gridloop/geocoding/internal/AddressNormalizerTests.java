package org.gridloop.geocoding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressNormalizerTests {

    @Test
    void turnsFullWidthDigitsLettersAndSpacesToHalfWidth() {
        assertThat(AddressNormalizer.normalize("平湖大街８８号Ａ座")).isEqualTo("平湖大街88号a座");
        assertThat(AddressNormalizer.normalize("布吉路\u3000１２号")).isEqualTo("布吉路12号");
    }

    @Test
    void turnsTraditionalCharactersOfPlaceNamesToSimplified() {
        assertThat(AddressNormalizer.normalize("龍崗區橫崗街道龍崗大道１２號")).isEqualTo("横岗街道龙岗大道12号");
        assertThat(AddressNormalizer.normalize("葵湧街道東環路3號")).isEqualTo("葵涌街道东环路3号");
    }

    @Test
    void readsHashAsHao() {
        assertThat(AddressNormalizer.normalize("深惠路 88#")).isEqualTo("深惠路88号");
    }

    @Test
    void dropsSpacesAndPunctuation() {
        assertThat(AddressNormalizer.normalize(" 坂田街道，坂田路 - 7 号（南门）")).isEqualTo("坂田街道坂田路7号南门");
        assertThat(AddressNormalizer.normalize("龙城街道·龙城大道、5号。")).isEqualTo("龙城街道龙城大道5号");
    }

    @Test
    void removesProvinceCityAndDistrictInFront() {
        assertThat(AddressNormalizer.normalize("广东省深圳市龙岗区平湖街道平湖大街1号")).isEqualTo("平湖街道平湖大街1号");
        assertThat(AddressNormalizer.normalize("中国广东深圳龙岗区布吉路2号")).isEqualTo("布吉路2号");
        assertThat(AddressNormalizer.normalize("深圳市 龙岗区 南湾路")).isEqualTo("南湾路");
    }

    @Test
    void keepsTheSubdistrictAndRoadThatShareTheDistrictsName() {
        assertThat(AddressNormalizer.normalize("龙岗街道龙岗大道9号")).isEqualTo("龙岗街道龙岗大道9号");
        assertThat(AddressNormalizer.normalize("龙岗大道9号")).isEqualTo("龙岗大道9号");
    }

    @Test
    void leavesNothingOfBlankOrPunctuationOnlyText() {
        assertThat(AddressNormalizer.normalize(null)).isEmpty();
        assertThat(AddressNormalizer.normalize(" ，。、 ")).isEmpty();
    }

    @Test
    void everyTraditionalCharacterHasOneSimplifiedForm() {
        assertThat(AddressNormalizer.TRADITIONAL).hasSameSizeAs(AddressNormalizer.SIMPLIFIED);
        assertThat(AddressNormalizer.TRADITIONAL.chars().distinct().count())
                .isEqualTo(AddressNormalizer.TRADITIONAL.length());
        assertThat(AddressNormalizer.SIMPLIFIED.chars().distinct().count())
                .isEqualTo(AddressNormalizer.SIMPLIFIED.length());
    }
}
