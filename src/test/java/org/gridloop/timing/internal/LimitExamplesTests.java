package org.gridloop.timing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridloop.timing.TimeLimit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LimitExamplesTests {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            重庆高新区2007:井盖检修≤3小时; 广州2021:井盖缺损6小时(受限时36小时) | 3  | NATURAL_HOURS
            广州2021:井盖缺损6小时(受限时36小时)                               | 6  | NATURAL_HOURS
            济源:5工作时; 某市(道路保洁):2工作时                               | 5  | WORKING_HOURS
            济源:1工作日; 某市:4工作时                                        | 1  | WORKING_DAYS
            济源(违法搭建):15工作日; 某市:停工4工作时/处罚7工作日/拆除20工作日    | 15 | WORKING_DAYS
            某市:建筑垃圾 4 工作小时                                           | 4  | WORKING_HOURS
            ≤3小时                                                          | 3  | NATURAL_HOURS
            """)
    void readsTheFirstAmountWithAUnit(String examples, int amount, String unit) {
        assertThat(LimitExamples.firstLimit(examples))
                .contains(new TimeLimit(amount, org.gridloop.timing.LimitUnit.valueOf(unit)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "重庆高新区2007", "及时处置", "0.5小时", "0小时"})
    void findsNoLimitWithoutAWholeAmountAndAUnit(String examples) {
        assertThat(LimitExamples.firstLimit(examples)).isEmpty();
    }
}
