package org.gridloop.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridloop.ApiClient;
import org.gridloop.ApiClient.Response;
import org.gridloop.grid.GridLookup;
import org.gridloop.web.HttpIntegrationTest;
import org.gridloop.web.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The case search by period, class and source, over the API and the search page, and its export
 * to CSV and .xlsx with the same filters.
 */
@HttpIntegrationTest
class CaseSearchIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    GridLookup grids;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void filtersByPeriodClassAndSource() {
        String number = report("01001");
        String supervisor = api.token("supervisor");
        String today = dayOfReport(supervisor, number);

        assertThat(numbers(supervisor, "from=" + today + "&to=" + today + "&category=01001&channel=inspector"))
                .contains(number);
        assertThat(numbers(supervisor, "category=01&channel=inspector")).contains(number);
        assertThat(numbers(supervisor, "category=01002")).doesNotContain(number);
        assertThat(numbers(supervisor, "channel=hotline")).doesNotContain(number);
        assertThat(numbers(supervisor, "from=" + LocalDate.parse(today).plusDays(1))).doesNotContain(number);
        assertThat(numbers(supervisor, "to=" + LocalDate.parse(today).minusDays(1))).doesNotContain(number);
    }

    @Test
    void refusesAnUnreadableFilterNamingIt() {
        String supervisor = api.token("supervisor");

        assertThat(field(api.get(supervisor, "/api/v1/cases?from=yesterday"))).isEqualTo("from");
        assertThat(field(api.get(supervisor, "/api/v1/cases?from=2026-03-05&to=2026-03-01"))).isEqualTo("to");
        assertThat(field(api.get(supervisor, "/api/v1/cases?category=abc"))).isEqualTo("category");
        assertThat(field(api.get(supervisor, "/api/v1/cases?channel=fax"))).isEqualTo("channel");
    }

    @Test
    void exportsWhatTheSearchPageSelectsToCsvAndExcel() throws IOException {
        String number = report("01001");
        String today = dayOfReport(api.token("supervisor"), number);
        TestHttp http = new TestHttp(port);
        assertThat(http.signIn("supervisor", "demo").statusCode()).isEqualTo(302);
        String filters = "number=" + number + "&category=01001&from=" + today;

        String page = http.get("/cases?" + filters).body();
        assertThat(page).contains(number, "id=\"filter-from\"", "id=\"filter-channel\"", "id=\"export-xlsx\"");

        HttpResponse<byte[]> csv = http.download("/cases/export?format=csv&" + filters);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment", ".csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"案卷号\",\"状态\"");
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text).contains("\"" + number + "\"", "\"监督员上报\"", "\"井盖破损\"");

        HttpResponse<byte[]> xlsx = http.download("/cases/export?format=xlsx&lang=en&" + filters);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Case number");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(number);
        }

        assertThat(http.get("/cases/export?format=pdf").statusCode()).isEqualTo(400);
    }

    /** The day in Shanghai the case was reported, by the application's clock. */
    private String dayOfReport(String token, String number) {
        Instant reported = Instant.parse(api.get(token, "/api/v1/cases/" + number).text("reportedAt"));
        return LocalDate.ofInstant(reported, ZoneId.of("Asia/Shanghai")).toString();
    }

    private List<String> numbers(String token, String query) {
        Response response = api.get(token, "/api/v1/cases?size=200&" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("content").valueStream().map(entry -> entry.path("number").asString()).toList();
    }

    private static String field(Response response) {
        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().path("errors");
        return errors.path(0).path("field").asString();
    }

    private String report(String code) {
        Map<String, Object> body = new HashMap<>();
        double[] point = pointInGrids();
        body.put("kind", "incident");
        body.put("categoryCode", code);
        body.put("lat", point[0]);
        body.put("lon", point[1]);
        body.put("description", "井盖破损");
        body.put("clientId", UUID.randomUUID().toString());
        Response response = api.post(api.token("inspector"), "/api/v1/reports", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("number");
    }

    private double[] pointInGrids() {
        for (double lat = 22.60; ; lat += 0.003) {
            for (double lon = 114.10; lon < 114.50; lon += 0.003) {
                if (grids.locate(lat, lon).isPresent()) {
                    return new double[] {lat, lon};
                }
            }
        }
    }
}
