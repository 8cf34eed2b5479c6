package org.gridloop.casework.web;

import java.util.List;
import java.util.Set;

import org.gridloop.casework.CasePage;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a queue or search page shows: its tabs, the filters as sent, one page of cases and the
 * cases flagged as probable duplicates.
 *
 * @param path    the page's own URL, which the filter form and the links go back to
 * @param section the key of the current tab, {@code null} on pages without tabs
 */
record CaseList(String path, String titleCode, List<Tab> tabs, String section, ListFilters filters, CasePage page,
        Set<String> flagged, boolean search) {

    /** A section of a queue as a tab, with the number of its cases under the current filters. */
    record Tab(String key, String labelCode, long count, String link, boolean current) {
    }

    /** A list without results yet: its frame of tabs and filters. */
    static CaseList frame(String path, String titleCode, List<Tab> tabs, String section, ListFilters filters,
            boolean search) {
        return new CaseList(path, titleCode, tabs, section, filters, null, Set.of(), search);
    }

    CaseList withResults(CasePage cases, Set<String> probableDuplicates) {
        return new CaseList(path, titleCode, tabs, section, filters, cases, probableDuplicates, search);
    }

    /** The link to another page of the same list, keeping the filters. */
    public String pageLink(int page) {
        return link(path, section, filters, page);
    }

    /** The link that exports what the search selects, in {@code csv} or {@code xlsx}. */
    public String exportLink(String format) {
        String link = link("/cases/export", null, filters, 0);
        return link + (link.contains("?") ? "&" : "?") + "format=" + format;
    }

    public boolean hasPrevious() {
        return page.page() > 0;
    }

    public boolean hasNext() {
        return page.page() + 1 < page.totalPages();
    }

    static String link(String path, String section, ListFilters filters, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        add(link, "section", section);
        add(link, "subdistrict", filters.subdistrict());
        add(link, "number", filters.number());
        add(link, "status", filters.status());
        add(link, "department", filters.department());
        add(link, "light", filters.light());
        add(link, "sort", filters.sort());
        add(link, "from", filters.from());
        add(link, "to", filters.to());
        add(link, "category", filters.category());
        add(link, "channel", filters.channel());
        if (page > 0) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.queryParam(name, value.trim());
        }
    }
}
