package org.gridloop.casework;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads cases with their timelines, for the modules that follow casework and keep read models
 * of it (evaluation): the cases an event or an import named, or all of them in number order, a
 * batch at a time, to recompute a read model from scratch. Reads only, outside any data scope:
 * the caller decides who sees what it derives.
 */
@Service
@Transactional(readOnly = true)
public class CaseHistories {

    private final CaseFiles files;

    CaseHistories(CaseFiles files) {
        this.files = files;
    }

    /** The cases of the given numbers that exist, in number order. */
    public List<CaseHistory> of(Collection<String> numbers) {
        return files.findAll(List.copyOf(numbers)).stream().map(CaseHistory::of).toList();
    }

    /**
     * At most {@code limit} cases numbered after {@code after} in number order; {@code null}
     * starts with the first case. The last number of a batch is the {@code after} of the next.
     */
    public List<CaseHistory> after(String after, int limit) {
        return files.findAfter(after, limit).stream().map(CaseHistory::of).toList();
    }

    /** How many cases there are. */
    public long count() {
        return files.count();
    }
}
