package org.gridloop.casework;

import java.time.Instant;
import java.util.List;

/**
 * Cases written by a legacy import (历史数据导入), announced once per batch rather than by one
 * event per step: readers that follow the case events refresh these cases from their timelines.
 *
 * @param numbers the numbers of the imported cases
 * @param at      when the import wrote them
 */
public record CasesImported(List<String> numbers, Instant at) {

    public CasesImported {
        numbers = List.copyOf(numbers);
    }
}
