package org.gridloop.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ImportFileTests {

    @Test
    void readsQuotedFieldsAndCountsLinesOfTheRecordsStart() {
        List<ImportFile.Row> rows = ImportFile.rows("\uFEFFa,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\n\nlast,\n");

        assertThat(rows).extracting(ImportFile.Row::line).containsExactly(1, 2, 5);
        assertThat(rows.get(0).fields()).containsExactly("a", "b");
        assertThat(rows.get(1).fields()).containsExactly("x, \"y\"", "two\nlines");
        assertThat(rows.get(2).fields()).containsExactly("last", "");
    }

    @Test
    void refusesAQuoteLeftOpen() {
        assertThatThrownBy(() -> ImportFile.rows("a,b\n\"open,c\n"))
                .isInstanceOfSatisfying(ImportFile.Unterminated.class, open -> assertThat(open.line).isEqualTo(2));
    }
}
