package org.gridloop.organization.internal;

import java.math.BigDecimal;
import java.util.List;

import org.gridloop.organization.internal.VendorManagement.VendorForm;

/**
 * The information-collection vendors of the demo district (invented companies) and the terms of
 * their contracts: yuan paid per valid report and deducted per invalid one.
 */
final class DemoVendors {

    /** A demo vendor and the prices of its contract. */
    record DemoVendor(VendorForm vendor, BigDecimal unitPrice, BigDecimal deduction) {

        String code() {
            return vendor.code();
        }
    }

    static final List<DemoVendor> ALL = List.of(
            vendor("pengcheng-collect", "深圳市鹏城城市信息采集服务有限公司", "91440300MA5F3LQ81J", "刘建国",
                    "0755-28901234", "深圳市龙岗区平湖街道平湖大街88号", "11.50", "5.00"),
            vendor("huashu-smart-city", "深圳市华数智慧城市服务有限公司", "91440300MA5EKT2N42", "陈丽",
                    "0755-89765432", "深圳市龙岗区坂田街道雪岗路2018号", "12.00", "6.00"),
            vendor("yuexin-urban-tech", "广东粤信城市管理科技有限公司", "91440101MA59RC6B77", "黄志红",
                    "020-38881234", "广州市天河区天河路385号", "12.80", "6.00"),
            vendor("antai-services", "深圳市安泰城市综合服务有限公司", "91440300MA5G0YP63L", "周海波",
                    "0755-84561234", "深圳市龙岗区坪地街道龙岗大道1999号", "10.90", "5.00"));

    private DemoVendors() {
    }

    static DemoVendor byCode(String code) {
        return ALL.stream().filter(vendor -> vendor.code().equals(code)).findFirst().orElseThrow();
    }

    private static DemoVendor vendor(String code, String name, String creditCode, String contact, String phone,
            String address, String unitPrice, String deduction) {
        return new DemoVendor(new VendorForm(code, name, creditCode, contact, phone, address, null),
                new BigDecimal(unitPrice), new BigDecimal(deduction));
    }
}
