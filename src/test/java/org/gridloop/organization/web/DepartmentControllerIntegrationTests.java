package org.gridloop.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class DepartmentControllerIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void listsTheDepartmentsByCodeWithTheirChineseNames() {
        var result = mvc.get().uri("/api/v1/departments").with(user("dispatcher"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").accept(MediaType.APPLICATION_JSON);

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.length()").isEqualTo(16);
        assertThat(result).bodyJson().extractingPath("$[0].code").isEqualTo("drainage");
        assertThat(result).bodyJson().extractingPath("$[0].name").isEqualTo("龙岗区水务局");
        assertThat(result).bodyJson().extractingPath("$[0].kind").isEqualTo("department");
        assertThat(result).bodyJson().extractingPath("$[0].active").isEqualTo(true);
    }

    @Test
    void namesTheDepartmentsInEnglishForAnEnglishRequest() {
        var result = mvc.get().uri("/api/v1/departments").with(user("dispatcher"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").accept(MediaType.APPLICATION_JSON);

        assertThat(result).bodyJson().extractingPath("$[0].name").isEqualTo("Longgang District Water Authority");
        assertThat(result).bodyJson().extractingPath("$[0].nameZh").isEqualTo("龙岗区水务局");
    }
}
