package org.gridloop.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestTextTests {

    @Test
    void decodesEscapesAndPlusAsUtf8() {
        assertThat(RequestText.decode("%E4%BA%95%E7%9B%96+a%2Bb")).isEqualTo("井盖 a+b");
        assertThat(RequestText.decode("布吉路")).isEqualTo("布吉路");
    }

    @Test
    void findsNoFaultInOrdinaryQueries() {
        assertThat(RequestText.queryFault(null)).isNull();
        assertThat(RequestText.queryFault("status=REGISTERED&q=%E5%B8%83%E5%90%89&flag")).isNull();
        assertThat(RequestText.queryFault("note=%09tab%0Aline")).isNull();
    }

    @Test
    void namesTheParameterWhoseValueIsNotUtf8OrHoldsAControlCharacter() {
        assertThat(RequestText.queryFault("a=1&x=%ED%A0%80")).isEqualTo("x");
        assertThat(RequestText.queryFault("status=%FF")).isEqualTo("status");
        assertThat(RequestText.queryFault("grid=4403%0D%0AX".replace("%0D%0A", "%00"))).isEqualTo("grid");
        assertThat(RequestText.queryFault("q=%E5%B8")).isEqualTo("q");
        assertThat(RequestText.queryFault("q=%Z1")).isEqualTo("q");
        assertThat(RequestText.queryFault("q=abc%")).isEqualTo("q");
    }

    @Test
    void quotesAnUnreadableNameAsFarAsItIsPrintable() {
        assertThat(RequestText.queryFault("na%FFme=1")).isEqualTo("na%FFme");
        assertThat(RequestText.queryFault("%00=1")).isEqualTo("%00");
    }
}
