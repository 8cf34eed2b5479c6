package org.gridloop.asset.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.gridloop.asset.Asset;
import org.gridloop.asset.AssetIdentifier;
import org.gridloop.asset.AssetStatus;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores the register in {@code asset_register} and its history in {@code asset_history}. Bulk
 * writes go through PostgreSQL's {@code COPY}, in the caller's transaction.
 */
@Repository
public class AssetRecords {

    /** An asset with the version its row had when read. */
    public record Versioned(Asset asset, int version) {
    }

    /** What a register search asks for; null or blank fields match everything. */
    public record Filter(String gridCode, String classCode, AssetStatus status) {
    }

    /** One page of a search, with the number of matches. */
    public record Page(List<Versioned> items, long total, int page, int size) {
    }

    private static final String COLUMNS = "identifier, class_code, name, department_code, owner_unit, "
            + "maintenance_unit, grid_code, status, latitude, longitude, survey_date, change_date, data_source, remarks";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final JsonMapper json;

    AssetRecords(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
    }

    /**
     * Changes with every write of the register: each change leaves a history entry, and bulk
     * writes without history (the demo register) change the count of assets.
     */
    public String fingerprint() {
        return jdbc.sql("SELECT (SELECT count(*) FROM asset_register) || '/' || count(*) || ':' || coalesce(max(id), 0)"
                + " FROM asset_history").query(String.class).single();
    }

    /**
     * Takes the register's write lock until the transaction ends, then reads the fingerprint:
     * every transaction that writes the register takes it first, so the fingerprint read again
     * before commit differs from this one by that transaction's writes alone.
     */
    public String lockAndFingerprint() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('asset_register'))").query((rs, n) -> 1).single();
        return fingerprint();
    }

    public boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM asset_register)").query(Boolean.class).single();
    }

    public Optional<Versioned> find(AssetIdentifier identifier) {
        return jdbc.sql("SELECT " + COLUMNS + ", version FROM asset_register WHERE identifier = :id")
                .param("id", identifier.value())
                .query((rs, row) -> new Versioned(asset(rs), rs.getInt("version"))).optional();
    }

    public Page search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE true");
        var params = new java.util.HashMap<String, Object>();
        if (filter.gridCode() != null && !filter.gridCode().isBlank()) {
            where.append(" AND grid_code = :grid");
            params.put("grid", filter.gridCode().strip());
        }
        if (filter.classCode() != null && !filter.classCode().isBlank()) {
            where.append(" AND class_code = :class");
            params.put("class", filter.classCode().strip());
        }
        if (filter.status() != null) {
            where.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        long total = jdbc.sql("SELECT count(*) FROM asset_register" + where).params(params)
                .query(Long.class).single();
        List<Versioned> items = jdbc.sql("SELECT " + COLUMNS + ", version FROM asset_register" + where
                        + " ORDER BY identifier LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, row) -> new Versioned(asset(rs), rs.getInt("version"))).list();
        return new Page(items, total, page, size);
    }

    /** Streams every asset not removed, for the spatial index. */
    public void forEachInField(Consumer<Asset> consumer) {
        jdbc.sql("SELECT " + COLUMNS + " FROM asset_register WHERE status <> 'REMOVED'")
                .query(rs -> {
                    consumer.accept(asset(rs));
                });
    }

    /**
     * Streams the assets of a grid (every grid when null), in identifier order, removed ones too;
     * inside a transaction the rows are fetched a thousand at a time instead of all at once.
     */
    public void forEach(String gridCode, Consumer<Asset> consumer) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1_000);
        streaming.query("SELECT " + COLUMNS + " FROM asset_register WHERE (CAST(? AS VARCHAR) IS NULL OR grid_code = ?)"
                + " ORDER BY identifier", rs -> {
                    consumer.accept(asset(rs));
                }, gridCode, gridCode);
    }

    /** Which of the identifiers are registered already. */
    public Set<String> existing(Collection<String> identifiers) {
        if (identifiers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT identifier FROM asset_register WHERE identifier = ANY (:ids)")
                .param("ids", identifiers.toArray(String[]::new)).query(String.class).list());
    }

    public void insert(Asset asset) {
        jdbc.sql("INSERT INTO asset_register (" + COLUMNS + ") VALUES (:identifier, :classCode, :name, :department, "
                        + ":owner, :maintenance, :grid, :status, :latitude, :longitude, :surveyDate, :changeDate, "
                        + ":dataSource, :remarks)")
                .paramSource(parameters(asset)).update();
    }

    /**
     * Writes the asset over the row of the given version.
     *
     * @throws OptimisticLockingFailureException when the row changed since it was read
     */
    public void update(Asset asset, int expectedVersion) {
        int updated = jdbc.sql("""
                        UPDATE asset_register SET name = :name, department_code = :department, owner_unit = :owner,
                               maintenance_unit = :maintenance, grid_code = :grid, status = :status,
                               latitude = :latitude, longitude = :longitude, survey_date = :surveyDate,
                               change_date = :changeDate, data_source = :dataSource, remarks = :remarks,
                               version = version + 1
                        WHERE identifier = :identifier AND version = :version""")
                .paramSource(parameters(asset).addValue("version", expectedVersion)).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Asset " + asset.identifier() + " changed meanwhile");
        }
    }

    /** Writes many new assets at once with {@code COPY}, in the current transaction. */
    public void insertAll(Collection<Asset> assets) {
        StringBuilder csv = new StringBuilder(assets.size() * 160);
        for (Asset asset : assets) {
            csv.append(asset.identifier().value()).append(',').append(asset.classCode()).append(',');
            Csv.appendField(csv, asset.name()).append(',');
            Csv.appendField(csv, asset.departmentCode()).append(',');
            Csv.appendField(csv, asset.ownerUnit()).append(',');
            Csv.appendField(csv, asset.maintenanceUnit()).append(',');
            csv.append(asset.gridCode()).append(',').append(asset.status().name()).append(',')
                    .append(asset.latitude()).append(',').append(asset.longitude()).append(',')
                    .append(asset.surveyDate() == null ? "" : asset.surveyDate().toString()).append(',')
                    .append(asset.changeDate() == null ? "" : asset.changeDate().toString()).append(',');
            Csv.appendField(csv, asset.dataSource()).append(',');
            Csv.appendField(csv, asset.remarks()).append('\n');
        }
        copy("COPY asset_register (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)", csv.toString());
    }

    /** Appends history entries, in the current transaction. */
    public void record(Collection<AssetChange> changes) {
        if (changes.size() > 50) {
            StringBuilder csv = new StringBuilder(changes.size() * 400);
            for (AssetChange change : changes) {
                csv.append(change.identifier()).append(',').append(change.action().name()).append(',');
                Csv.appendField(csv, change.changedBy()).append(',').append(change.changedAt()).append(',');
                Csv.appendField(csv, change.source()).append(',');
                Csv.appendField(csv, change.before() == null ? null : json.writeValueAsString(change.before())).append(',');
                Csv.appendField(csv, json.writeValueAsString(change.after())).append('\n');
            }
            copy("COPY asset_history (identifier, action, changed_by, changed_at, source, before, after) "
                    + "FROM STDIN WITH (FORMAT csv)", csv.toString());
            return;
        }
        for (AssetChange change : changes) {
            jdbc.sql("""
                            INSERT INTO asset_history (identifier, action, changed_by, changed_at, source, before, after)
                            VALUES (:identifier, :action, :by, :at, :source, CAST(:before AS JSONB), CAST(:after AS JSONB))""")
                    .param("identifier", change.identifier()).param("action", change.action().name())
                    .param("by", change.changedBy()).param("at", Timestamp.from(change.changedAt()))
                    .param("source", change.source())
                    .param("before", change.before() == null ? null : json.writeValueAsString(change.before()))
                    .param("after", json.writeValueAsString(change.after())).update();
        }
    }

    /** The history of an asset, oldest first. */
    public List<AssetChange> history(AssetIdentifier identifier) {
        return jdbc.sql("""
                        SELECT id, identifier, action, changed_by, changed_at, source, before::text AS before,
                               after::text AS after
                        FROM asset_history WHERE identifier = :id ORDER BY id""")
                .param("id", identifier.value())
                .query((rs, row) -> new AssetChange(rs.getLong("id"), rs.getString("identifier"),
                        AssetChange.Action.valueOf(rs.getString("action")), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("source"),
                        fields(rs.getString("before")), fields(rs.getString("after"))))
                .list();
    }

    private AssetFields fields(String text) {
        return text == null ? null : json.readValue(text, AssetFields.class);
    }

    private void copy(String sql, String csv) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("COPY into the asset register failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters(Asset asset) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("identifier", asset.identifier().value()).addValue("classCode", asset.classCode())
                .addValue("name", asset.name()).addValue("department", asset.departmentCode())
                .addValue("owner", asset.ownerUnit()).addValue("maintenance", asset.maintenanceUnit())
                .addValue("grid", asset.gridCode()).addValue("status", asset.status().name())
                .addValue("latitude", asset.latitude()).addValue("longitude", asset.longitude())
                .addValue("surveyDate", asset.surveyDate() == null ? null : Date.valueOf(asset.surveyDate()))
                .addValue("changeDate", asset.changeDate() == null ? null : Date.valueOf(asset.changeDate()))
                .addValue("dataSource", asset.dataSource()).addValue("remarks", asset.remarks());
    }

    public static Asset asset(ResultSet rs) throws SQLException {
        Date survey = rs.getDate("survey_date");
        Date change = rs.getDate("change_date");
        return new Asset(new AssetIdentifier(rs.getString("identifier")), rs.getString("name"),
                rs.getString("department_code"), rs.getString("owner_unit"), rs.getString("maintenance_unit"),
                rs.getString("grid_code"), AssetStatus.valueOf(rs.getString("status")), rs.getDouble("latitude"),
                rs.getDouble("longitude"), survey == null ? null : survey.toLocalDate(),
                change == null ? null : change.toLocalDate(), rs.getString("data_source"), rs.getString("remarks"));
    }
}
