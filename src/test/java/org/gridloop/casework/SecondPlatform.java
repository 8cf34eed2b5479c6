package org.gridloop.casework;

import java.io.IOException;
import java.nio.file.Files;

import org.gridloop.GridloopApplication;
import org.gridloop.web.ShiftableClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A second platform beside the test's own: the whole application on a random port over a second
 * embedded PostgreSQL of its own, seeded with the same demo district (areas, grids, departments,
 * accounts, teams, vendors) and holding no case, with a {@link ShiftableClock}.
 */
final class SecondPlatform implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondPlatform(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static SecondPlatform start() throws IOException {
        return new SecondPlatform(new SpringApplicationBuilder(GridloopApplication.class, StoppableClock.class)
                .run("--server.port=0", "--gridloop.embedded-database.ephemeral=true",
                        "--gridloop.photos.directory=" + Files.createTempDirectory("second-platform-photos"),
                        "--spring.main.banner-mode=off"));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    ShiftableClock clock() {
        return context.getBean(ShiftableClock.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class StoppableClock {

        @Bean
        @Primary
        ShiftableClock shiftableClock() {
            return new ShiftableClock();
        }
    }
}
