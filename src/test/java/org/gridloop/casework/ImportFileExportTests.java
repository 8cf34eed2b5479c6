package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gridloop.CsvLines;
import org.junit.jupiter.api.Test;

class ImportFileExportTests {

    @Test
    void quotesOnlyTheFieldsThatNeedItAndTheImportReadsThemBack() {
        List<String> fields = List.of("2026000001", "a,b", "say \"no\"", "two\nlines", "plain", "");

        String line = String.join(",", fields.stream().map(ImportFileExport::quoted).toList());

        assertThat(line).isEqualTo("2026000001,\"a,b\",\"say \"\"no\"\"\",\"two\nlines\",plain,");
        assertThat(CsvLines.parse(line)).containsExactly(fields);
    }
}
