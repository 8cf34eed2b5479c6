package org.gridloop.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DepartmentHintsTests {

    @ParameterizedTest
    @CsvSource({
            "供水企业/水务部门, water",
            "排水管理单位/水务部门, drainage",
            "水务部门, drainage",
            "供电企业, power",
            "权属单位(电力/通信), power",
            "燃气/油气管道企业, gas",
            "广电网络企业, telecom",
            "公交企业/交通运输部门, roads",
            "市政道路管理/城管执法, roads",
            "交通/停车管理部门, roads",
            "交通管理部门, traffic-police",
            "公安交管部门, traffic-police",
            "路灯照明管理单位, lighting",
            "园林绿化部门, greening",
            "环卫部门/属地街道, sanitation",
            "城管执法/属地街道, enforcement",
            "住建部门/城管执法, housing",
            "城管执法/规划部门, enforcement",
            "生态环境/气象部门, environment",
            "市场监管/城管执法, market",
            "属地街道兜底(待确权), subdistrict",
            "民政/公安, subdistrict"
    })
    void picksTheDepartmentTheHintNamesFirst(String hint, String department) {
        assertThat(DepartmentHints.departmentFor(hint)).contains(department);
    }

    @ParameterizedTest
    @CsvSource({"供热企业", "文物部门", "权属运营单位"})
    void findsNoDepartmentInAHintWithoutKeyword(String hint) {
        assertThat(DepartmentHints.departmentFor(hint)).isEmpty();
    }
}
