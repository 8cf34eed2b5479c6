package org.gridloop.grid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.gridloop.grid.GridCode;
import org.gridloop.grid.InspectorRoster;
import org.gridloop.grid.WorkGrid;
import org.gridloop.grid.WorkGrids;
import org.gridloop.grid.internal.WorkGridManagement;
import org.gridloop.grid.internal.WorkGridManagement.VersionedWorkGrid;
import org.gridloop.grid.internal.WorkGridManagement.WorkGridChange;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpIntegrationTest
class WorkGridPageIntegrationTests {

    private static final String SUBDISTRICT = "440307003";

    @LocalServerPort
    int port;

    @Autowired
    WorkGridManagement management;

    @Autowired
    WorkGrids workGrids;

    @Autowired
    InspectorRoster roster;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @Test
    void showsTheWorkGridsOfASubdistrictWithTheTeamInChineseAndEnglish() {
        http.signIn("admin", "demo");
        WorkGrid first = management.list(SUBDISTRICT).get(0).workGrid();

        HttpResponse<String> page = http.get("/admin/work-grids?subdistrict=" + SUBDISTRICT + "&lang=zh_CN");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("责任网格", "本街道的责任网格", "未归入责任网格的单元网格（0 个）",
                "id=\"work-grid-" + first.code() + "\"", first.name(), "新建责任网格", "name=\"unitGrids\"",
                "name=\"inspectors\" value=\"" + roster.inspectors(SUBDISTRICT).get(0) + "\"",
                "href=\"/admin/work-grids\"", "<option value=\"" + SUBDISTRICT + "\" selected");
        HttpResponse<String> edit = http.get("/admin/work-grids?subdistrict=" + SUBDISTRICT + "&edit=" + first.code());
        assertThat(edit.body()).contains("编辑责任网格 " + first.code(), first.unitGrids().get(0).value(),
                "name=\"version\"");
        assertThat(http.get("/admin/work-grids?subdistrict=" + SUBDISTRICT + "&lang=en").body())
                .contains("Work grids of the subdistrict", "Unit grids in no work grid (0)", "New work grid");
    }

    @Test
    void showsRefusalsInChineseNextToTheFieldsAndSavesAndDeletes() {
        http.signIn("admin", "demo");
        String csrf = TestHttp.csrfToken(http.get("/admin/work-grids?lang=zh_CN").body());
        VersionedWorkGrid source = management.list(SUBDISTRICT).get(0);
        String unit = source.workGrid().unitGrids().get(0).value();
        String foreign = workGrids.assignedTo("inspector").get(0).unitGrids().get(0).value();
        Map<String, String> form = new HashMap<>(Map.of("_csrf", csrf, "subdistrict", SUBDISTRICT, "code", "T-PAGE",
                "name", "页面责任网格", "unitGrids", unit + "\n" + foreign, "inspectors", "inspector"));

        HttpResponse<String> refused = http.postForm("/admin/work-grids", form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("未保存：单元网格 " + foreign + " 不属于街道 " + SUBDISTRICT + "。",
                foreign + "：不属于本街道。", "inspector：不是本街道监督员队伍的在岗成员。", "页面责任网格",
                "aria-invalid=\"true\"");

        form.put("unitGrids", unit);
        form.put("inspectors", roster.inspectors(SUBDISTRICT).get(0));
        HttpResponse<String> taken = http.postForm("/admin/work-grids", form);
        assertThat(taken.body()).contains(unit + "：已属于其他责任网格。", "已属于责任网格 " + source.workGrid().code());

        form.put("move", "true");
        HttpResponse<String> saved = http.postForm("/admin/work-grids", form);
        try {
            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/admin/work-grids?subdistrict="
                    + SUBDISTRICT);
            assertThat(http.get("/admin/work-grids?subdistrict=" + SUBDISTRICT).body())
                    .contains("责任网格 T-PAGE 已保存。", "id=\"work-grid-T-PAGE\"");
            assertThat(workGrids.containing(new GridCode(unit)).map(WorkGrid::code)).contains("T-PAGE");

            HttpResponse<String> deleted = http.postForm("/admin/work-grids/delete",
                    Map.of("_csrf", csrf, "subdistrict", SUBDISTRICT, "code", "T-PAGE", "version", "0"));

            assertThat(deleted.statusCode()).isEqualTo(302);
            assertThat(http.get("/admin/work-grids?subdistrict=" + SUBDISTRICT).body())
                    .contains("责任网格 T-PAGE 已删除", "未归入责任网格的单元网格（1 个）", "<li>" + unit + "</li>");
        } finally {
            if (workGrids.containing(new GridCode(unit)).map(WorkGrid::code)
                    .filter("T-PAGE"::equals).isPresent()) {
                management.delete("T-PAGE", null);
            }
            WorkGrid original = source.workGrid();
            management.replace(original.code(), new WorkGridChange(original.code(), original.name(), SUBDISTRICT,
                    original.unitGrids().stream().map(GridCode::value).toList(), original.inspectors(),
                    management.find(original.code()).version(), true));
        }
        assertThat(workGrids.containing(new GridCode(unit)).map(WorkGrid::code)).contains(source.workGrid().code());
    }

    @Test
    void isForAdministratorsOnly() {
        http.signIn("inspector", "demo");

        assertThat(http.get("/admin/work-grids").statusCode()).isEqualTo(403);
    }
}
