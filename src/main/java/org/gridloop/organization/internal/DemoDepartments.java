package org.gridloop.organization.internal;

import java.util.List;

import org.gridloop.organization.Department;

/**
 * The 16 departments cooperating with the demo district's command center (modelled on
 * Longgang, Shenzhen), the subdistrict office being the territorial fallback (属地兜底).
 */
final class DemoDepartments {

    /**
     * A demo department and the short label its handler account is named after.
     */
    record DemoDepartment(Department department, String shortLabel) {
    }

    static final List<DemoDepartment> ALL = List.of(
            of("water", "供水", "深圳市水务（集团）有限公司龙岗分公司", "Shenzhen Water Group, Longgang Branch"),
            of("drainage", "排水", "龙岗区水务局", "Longgang District Water Authority"),
            of("power", "供电", "深圳供电局有限公司龙岗供电局", "Shenzhen Power Supply Bureau, Longgang Branch"),
            of("gas", "燃气", "深圳市燃气集团股份有限公司龙岗分公司", "Shenzhen Gas Corporation, Longgang Branch"),
            of("telecom", "通信", "龙岗区工业和信息化局（通信管线）",
                    "Longgang Bureau of Industry and Information Technology (Telecom Lines)"),
            of("roads", "道路", "龙岗区交通运输局", "Longgang District Transport Bureau"),
            of("lighting", "路灯照明", "龙岗区城市照明管理中心", "Longgang Urban Lighting Center"),
            of("greening", "园林绿化", "龙岗区公园和园林绿化管理中心", "Longgang Parks and Greening Center"),
            of("sanitation", "环境卫生", "龙岗区环境卫生管理处", "Longgang Environmental Sanitation Office"),
            of("enforcement", "城管执法", "龙岗区城市管理和综合执法局",
                    "Longgang Urban Management and Law Enforcement Bureau"),
            of("traffic-police", "交通警察", "深圳市公安局交通警察局龙岗大队",
                    "Shenzhen Traffic Police, Longgang Brigade"),
            of("housing", "住房建设", "龙岗区住房和建设局", "Longgang Housing and Construction Bureau"),
            of("planning", "规划", "深圳市规划和自然资源局龙岗管理局",
                    "Shenzhen Planning and Natural Resources Bureau, Longgang Office"),
            of("environment", "生态环境", "深圳市生态环境局龙岗管理局",
                    "Shenzhen Ecology and Environment Bureau, Longgang Office"),
            of("market", "市场监管", "深圳市市场监督管理局龙岗监管局",
                    "Shenzhen Administration for Market Regulation, Longgang Office"),
            of("subdistrict", "街道办事处", "属地街道办事处", "Subdistrict Office (territorial)"));

    private DemoDepartments() {
    }

    private static DemoDepartment of(String code, String shortLabel, String name, String nameEn) {
        return new DemoDepartment(new Department(code, name, nameEn), shortLabel);
    }
}
