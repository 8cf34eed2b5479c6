package org.gridloop.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class CategoryControllerIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void listsTheClassesOfTheActiveSchemeAssetsFirst() {
        var result = mvc.get().uri("/api/v1/categories").with(user("inspector")).accept(MediaType.APPLICATION_JSON);

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.length()").isEqualTo(403);
        assertThat(result).bodyJson().extractingPath("$[0]").isEqualTo(Map.of("kind", "asset",
                "code", "01001", "majorCode", "01", "majorName", "市政公用设施", "name", "供水井盖", "local", false,
                "deactivated", false));
        assertThat(result).bodyJson().extractingPath("$[153].kind").isEqualTo("incident");
    }
}
