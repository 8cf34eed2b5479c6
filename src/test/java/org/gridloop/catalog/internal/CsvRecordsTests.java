package org.gridloop.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.gridloop.catalog.internal.CsvRecords.CsvRecord;
import org.gridloop.catalog.internal.CsvRecords.MalformedCsvException;
import org.junit.jupiter.api.Test;

class CsvRecordsTests {

    @Test
    void keepsCommasAndDoubledQuotesInsideQuotedFields() {
        List<CsvRecord> records = CsvRecords.read(new StringReader("a,\"b, c\",\"say \"\"hi\"\"\",\r\nx,y,z,w\r\n"));

        assertThat(records).extracting(CsvRecord::fields).containsExactly(
                List.of("a", "b, c", "say \"hi\"", ""),
                List.of("x", "y", "z", "w"));
    }

    @Test
    void numbersRecordsByTheLineTheyStartOnAcrossLineBreaksInQuotedFieldsAndBlankLines() {
        List<CsvRecord> records = CsvRecords.read(new StringReader("h1,h2\n\"two\nlines\",b\n\nlast,row"));

        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 5);
        assertThat(records.get(1).fields()).containsExactly("two\nlines", "b");
        assertThat(records.get(2).fields()).containsExactly("last", "row");
    }

    @Test
    void skipsAByteOrderMark() {
        assertThat(CsvRecords.read(new StringReader("\uFEFFkind,code")).get(0).fields()).containsExactly("kind", "code");
    }

    @Test
    void refusesAQuotedFieldThatIsNeverClosedNamingTheLineItStartsOn() {
        assertThatThrownBy(() -> CsvRecords.read(new StringReader("a,b\nc,\"d\ne\n")))
                .isInstanceOfSatisfying(MalformedCsvException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        assertThatThrownBy(() -> CsvRecords.read(new StringReader("a,b\n\"c\"d,e\n")))
                .isInstanceOfSatisfying(MalformedCsvException.class, e -> assertThat(e.line()).isEqualTo(2));
    }
}
