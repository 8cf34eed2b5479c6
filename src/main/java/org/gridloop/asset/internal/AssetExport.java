package org.gridloop.asset.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes the register, or one grid's assets, as a file that {@link AssetRegister#importFile} reads back. */
@Service
public class AssetExport {

    private final AssetRecords records;
    private final JsonMapper json;

    AssetExport(AssetRecords records, JsonMapper json) {
        this.records = records;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public void write(AssetFiles.Format format, String gridCode, Writer writer) {
        StringBuilder chunk = new StringBuilder(64 * 1024);
        boolean[] first = {true};
        try {
            writer.write(format == AssetFiles.Format.CSV ? AssetFiles.csvHeader()
                    : "{\"type\":\"FeatureCollection\",\"features\":[\n");
            records.forEach(gridCode, asset -> {
                if (format == AssetFiles.Format.CSV) {
                    AssetFiles.appendRow(chunk, AssetFields.of(asset));
                } else {
                    chunk.append(first[0] ? "" : ",\n");
                    AssetFiles.appendFeature(chunk, AssetFields.of(asset), json);
                }
                first[0] = false;
                if (chunk.length() > 60_000) {
                    flush(writer, chunk);
                }
            });
            flush(writer, chunk);
            if (format == AssetFiles.Format.GEOJSON) {
                writer.write("\n]}\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(Writer writer, StringBuilder chunk) {
        try {
            writer.write(chunk.toString());
            chunk.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
