package org.gridloop;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL server.
 *
 * @param dataDirectory where the cluster lives between restarts
 * @param ephemeral     {@code true} for a throw-away cluster in a temporary directory (tests)
 * @param port          a fixed port, or 0 for any free one
 * @param poolSize      connections kept by the pool
 */
@ConfigurationProperties("gridloop.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("0") int port,
        @DefaultValue("20") int poolSize) {
}
