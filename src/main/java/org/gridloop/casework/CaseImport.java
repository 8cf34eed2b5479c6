package org.gridloop.casework;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridloop.DomainException;
import org.gridloop.DomainException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The legacy import (历史数据导入) of cases from the system a platform replaces: a CSV file of one
 * case a row becomes cases with the numbers they had and the timelines their times imply. The
 * whole file is checked before anything is written; then it is written in one transaction, in
 * batches of {@value #BATCH} cases, each announced by one {@link CasesImported} (no per-step case
 * events: the cases' history happened elsewhere) and logged as the import's progress.
 */
@Service
public class CaseImport {

    /** Cases replayed, written and announced together. */
    static final int BATCH = 5_000;

    private static final Logger log = LoggerFactory.getLogger(CaseImport.class);

    private final ImportedRows rows;
    private final ImportedTimeline timelines;
    private final ImportedCaseWriter writer;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseImport(ImportedRows rows, ImportedTimeline timelines, ImportedCaseWriter writer,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.timelines = timelines;
        this.writer = writer;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Imports every case of the file, or none.
     *
     * @param csv the file, UTF-8 with or without a byte order mark
     * @return how many cases were imported
     * @throws CaseImportRefused with every fault of the file, when it has any
     * @throws DomainException   CONFLICT when another import wrote one of the numbers meanwhile
     */
    public int importCases(byte[] csv) {
        ImportedRows.Checked checked = rows.check(decode(csv));
        List<ImportProblem> problems = new ArrayList<>(checked.problems());
        problems.addAll(existing(checked.cases()));
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            throw new CaseImportRefused(problems);
        }
        List<ImportedCase> cases = checked.cases();
        try {
            transactions.executeWithoutResult(status -> write(cases));
        } catch (DataAccessException concurrent) {
            if (!writer.existing(cases.stream().map(row -> row.number().value()).toList()).isEmpty()) {
                throw new DomainException(Kind.CONFLICT, "caseImport.concurrent",
                        "Another import wrote some of these case numbers meanwhile");
            }
            throw concurrent;
        }
        return cases.size();
    }

    private void write(List<ImportedCase> cases) {
        long highest = 0;
        for (int from = 0; from < cases.size(); from += BATCH) {
            List<ImportedCase> batch = cases.subList(from, Math.min(cases.size(), from + BATCH));
            List<CaseFile> files = new ArrayList<>(batch.size());
            List<String> numbers = new ArrayList<>(batch.size());
            for (ImportedCase row : batch) {
                files.add(timelines.replay(row));
                numbers.add(row.number().value());
                highest = Math.max(highest, Long.parseLong(row.number().value().substring(4)));
            }
            Instant now = clock.instant();
            writer.write(files, now);
            events.publishEvent(new CasesImported(numbers, now));
            log.info("Legacy import: {} of {} cases written", from + batch.size(), cases.size());
        }
        writer.reserveNumbers(highest);
    }

    /** Rows whose number a stored case already has. */
    private List<ImportProblem> existing(List<ImportedCase> cases) {
        Map<String, Integer> lines = new HashMap<>();
        cases.forEach(row -> lines.put(row.number().value(), row.line()));
        List<ImportProblem> problems = new ArrayList<>();
        List<String> numbers = new ArrayList<>(lines.keySet());
        for (int from = 0; from < numbers.size(); from += 10 * BATCH) {
            for (String number : writer.existing(numbers.subList(from, Math.min(numbers.size(), from + 10 * BATCH)))) {
                problems.add(new ImportProblem(lines.get(number), "number", "caseImport.number.exists",
                        "a case with this number exists already"));
            }
        }
        return problems;
    }

    private static String decode(byte[] csv) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(csv)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new CaseImportRefused(List.of(new ImportProblem(1, null, "caseImport.encoding",
                    "the file is not UTF-8 text")));
        }
    }
}
