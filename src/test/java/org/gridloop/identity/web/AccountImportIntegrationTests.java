package org.gridloop.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.web.HttpIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The bulk import of accounts over real HTTP: CSV in UTF-8 and GB18030 and .xlsx workbooks with
 * Chinese headers, posts and departments by name, temporary passwords for rows without one, and
 * a bad file refused whole with every bad row listed.
 */
@HttpIntegrationTest
class AccountImportIntegrationTests {

    static final String PASSWORD = "Lantern-Harbor-77";
    static final String CSV = "text/csv";

    @LocalServerPort
    int port;

    ApiClient api;
    String admin;
    JsonNode department;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        admin = api.token("admin");
        department = api.get(admin, "/api/v1/departments").json().path(0);
    }

    @Test
    void importsACsvWithChineseHeadersAndNamesGivingTemporaryPasswordsWhereNoneIsGiven() {
        String handler = fresh("handler");
        String inspector = fresh("inspector");
        String file = "\uFEFF用户名,姓名,手机,岗位,所属部门,初始密码\r\n"
                + handler + ",王芳,13800000001,部门处置人员," + department.path("name").asString() + "," + PASSWORD + "\r\n"
                + inspector + ",\"李, 强\",,监督员、领导,,\r\n";

        Response imported = api.postBytes(admin, "/api/v1/accounts/import", CSV, file.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().path("created").asInt()).isEqualTo(2);
        assertThat(imported.json().path("accounts").path(0).path("temporaryPassword").isNull()).isTrue();
        String temporary = imported.json().path("accounts").path(1).path("temporaryPassword").asString();
        assertThat(temporary).hasSize(12);

        Response handlerAccount = api.get(admin, "/api/v1/accounts/" + handler);
        assertThat(handlerAccount.text("departmentCode")).isEqualTo(department.path("code").asString());
        assertThat(handlerAccount.text("phone")).isEqualTo("13800000001");
        assertThat(api.get(api.token(handler, PASSWORD), "/api/v1/me").status()).isEqualTo(200);

        Response inspectorAccount = api.get(admin, "/api/v1/accounts/" + inspector);
        assertThat(inspectorAccount.text("displayName")).isEqualTo("李, 强");
        assertThat(inspectorAccount.json().path("posts").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("INSPECTOR", "LEADER");
        assertThat(inspectorAccount.json().path("passwordChangeRequired").asBoolean()).isTrue();
        String inspectorToken = api.token(inspector, temporary);
        assertThat(api.get(inspectorToken, "/api/v1/cases").status()).isEqualTo(403);

        assertThat(api.get(admin, "/api/v1/audit?object=account&objectId=" + inspector).json().path("entries")
                .valueStream().map(entry -> entry.path("action").asString())).containsExactly("import");
    }

    @Test
    void readsCsvAsExcelSavesItOnChineseWindowsAndXlsxWorkbooks() throws IOException {
        String fromGbk = fresh("gbk");
        String gbk = "用户名,姓名,岗位\r\n" + fromGbk + ",赵敏,受理员\r\n";
        Response csv = api.postBytes(admin, "/api/v1/accounts/import", CSV, gbk.getBytes(Charset.forName("GB18030")));
        assertThat(csv.status()).as(csv.body()).isEqualTo(201);
        assertThat(api.get(admin, "/api/v1/accounts/" + fromGbk).text("displayName")).isEqualTo("赵敏");

        String fromXlsx = fresh("xlsx");
        Response workbook = api.postBytes(admin, "/api/v1/accounts/import",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                workbook(List.of("username", "displayName", "phone", "posts"), fromXlsx, "Chen Jie", 13900000002L,
                        "Dispatcher"));
        assertThat(workbook.status()).as(workbook.body()).isEqualTo(201);
        Response account = api.get(admin, "/api/v1/accounts/" + fromXlsx);
        assertThat(account.text("phone")).isEqualTo("13900000002");
        assertThat(account.json().path("posts").path(0).asString()).isEqualTo("DISPATCHER");
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEveryBadRowListed() {
        String good = fresh("good");
        String twice = fresh("twice");
        String file = "用户名,姓名,岗位,所属部门,初始密码\n"
                + good + ",好的,监督员,,\n"
                + fresh("weak") + ",弱密码,监督员,,short\n"
                + fresh("post") + ",没有岗位,清洁工,,\n"
                + "admin,重名,监督员,,\n"
                + twice + ",一次,监督员,,\n"
                + twice + ",两次,监督员,,\n"
                + fresh("handler") + ",缺部门,部门处置人员,,\n";

        Response refused = api.postBytes(admin, "/api/v1/accounts/import", CSV, file.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(fields(refused)).containsExactlyInAnyOrder("rows[3].password", "rows[4].posts",
                "rows[5].username", "rows[7].username", "rows[8].departmentCode");
        assertThat(api.get(admin, "/api/v1/accounts/" + good).status()).isEqualTo(404);
        assertThat(api.get(admin, "/api/v1/accounts/" + twice).status()).isEqualTo(404);
    }

    @Test
    void aFileThatIsNoTableOfAccountsIsRefusedNamingWhy() {
        Response columns = api.postBytes(admin, "/api/v1/accounts/import", CSV,
                "用户名,岗位,工号\nx1,监督员,7\n".getBytes(StandardCharsets.UTF_8));
        assertThat(columns.status()).isEqualTo(422);
        assertThat(fields(columns)).containsExactlyInAnyOrder("columns.工号", "columns.姓名");

        Response broken = api.postBytes(admin, "/api/v1/accounts/import", CSV,
                new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        assertThat(broken.status()).isEqualTo(400);
        assertThat(fields(broken)).containsExactly("file");

        assertThat(fields(api.postBytes(admin, "/api/v1/accounts/import", CSV, new byte[0]))).containsExactly("file");
        assertThat(fields(api.postBytes(admin, "/api/v1/accounts/import", CSV,
                "用户名,姓名,岗位\n".getBytes(StandardCharsets.UTF_8)))).containsExactly("rows");
        assertThat(api.postBytes(api.token("operator"), "/api/v1/accounts/import", CSV,
                "用户名,姓名,岗位\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    }

    private static byte[] workbook(List<String> header, String username, String name, long phone, String post)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("用户");
            XSSFRow first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue(username);
            row.createCell(1).setCellValue(name);
            row.createCell(2).setCellValue(phone);
            row.createCell(3).setCellValue(post);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> fields(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(400, 422);
        return response.json().path("errors").valueStream().map(error -> error.path("field").asString())
                .distinct().toList();
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
