package org.gridloop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server inside the application when no external datasource is
 * configured: the demo and the tests run on the same database as production.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .setRegisterShutdownHook(false);
        if (!properties.ephemeral()) {
            Path directory = properties.dataDirectory().toAbsolutePath();
            createDirectories(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} ({})", postgres.getPort(),
                properties.ephemeral() ? "ephemeral" : properties.dataDirectory().toAbsolutePath());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("gridloop");
        config.setDataSourceProperties(toProperties(Map.of("reWriteBatchedInserts", "true")));
        return new HikariDataSource(config);
    }

    private static java.util.Properties toProperties(Map<String, String> values) {
        java.util.Properties result = new java.util.Properties();
        result.putAll(values);
        return result;
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory.getParent(), e);
        }
    }
}
