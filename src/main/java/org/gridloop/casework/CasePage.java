package org.gridloop.casework;

import java.util.List;

/** One page of cases, newest first. */
public record CasePage(List<CaseSummary> content, int page, int size, long totalElements) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }
}
