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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.gridloop.DomainException;
import org.gridloop.DomainException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The legacy import (历史数据导入) of cases from the system a platform replaces: a CSV file of one
 * case a row becomes cases with the numbers they had and the timelines their times imply. The
 * whole file is checked before anything is written, while the administrator waits; a file that
 * passes becomes an {@link ImportJob} and is written in one transaction, in batches of
 * {@value #BATCH} cases, each announced by one {@link CasesImported} (no per-step case events:
 * the cases' history happened elsewhere) and recorded as the job's progress from a transaction
 * of its own. The job turns {@link ImportJob.State#DONE} in the transaction that writes the
 * cases, so it is done exactly when they are there; a failure or a crash part-way leaves none.
 */
@Service
public class CaseImport {

    /** Cases replayed, written and announced together. */
    static final int BATCH = 5_000;

    /** The failure of an import stopped by anything but another import's numbers. */
    static final String FAILED = "caseImport.failed";

    private static final Logger log = LoggerFactory.getLogger(CaseImport.class);

    private final ImportedRows rows;
    private final ImportedTimeline timelines;
    private final ImportedCaseWriter writer;
    private final ImportJobs jobs;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Executor background;
    private final Clock clock;

    CaseImport(ImportedRows rows, ImportedTimeline timelines, ImportedCaseWriter writer, ImportJobs jobs,
            TransactionTemplate transactions, ApplicationEventPublisher events,
            @Qualifier("applicationTaskExecutor") Executor background, Clock clock) {
        this.rows = rows;
        this.timelines = timelines;
        this.writer = writer;
        this.jobs = jobs;
        this.transactions = transactions;
        this.events = events;
        this.background = background;
        this.clock = clock;
    }

    /**
     * Imports every case of the file, or none, and answers when it is done.
     *
     * @param csv         the file, UTF-8 with or without a byte order mark
     * @param requestedBy the administrator importing it
     * @return the import, done
     * @throws CaseImportRefused with every fault of the file, when it has any (no import is recorded)
     * @throws DomainException   CONFLICT when another import wrote one of the numbers meanwhile (the
     *                           import is recorded as failed)
     */
    public ImportJob importCases(byte[] csv, String requestedBy) {
        List<ImportedCase> cases = checked(csv);
        return run(jobs.start(cases.size(), requestedBy).id(), cases);
    }

    /**
     * Checks the whole file now and, when it passes, writes its cases in the background.
     *
     * @return the import, running: follow it with {@link #find}
     * @throws CaseImportRefused with every fault of the file, when it has any (no import is recorded)
     */
    public ImportJob startImport(byte[] csv, String requestedBy) {
        List<ImportedCase> cases = checked(csv);
        ImportJob job = jobs.start(cases.size(), requestedBy);
        background.execute(() -> runRecorded(job.id(), cases));
        return job;
    }

    /** The import with this id; one cut off with its node reads as failed. */
    public Optional<ImportJob> find(long id) {
        return jobs.find(id);
    }

    private List<ImportedCase> checked(byte[] csv) {
        ImportedRows.Checked checked = rows.check(decode(csv));
        List<ImportProblem> problems = new ArrayList<>(checked.problems());
        problems.addAll(existing(checked.cases()));
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            throw new CaseImportRefused(problems);
        }
        return checked.cases();
    }

    /** Writes the cases, recording the job's end; a failure is recorded and thrown. */
    private ImportJob run(long job, List<ImportedCase> cases) {
        try {
            transactions.executeWithoutResult(status -> write(job, cases));
        } catch (RuntimeException e) {
            RuntimeException failure = explained(cases, e);
            jobs.fail(job, failure instanceof DomainException refusal ? refusal.messageCode() : FAILED);
            log.warn("Legacy import {} failed; none of its {} cases was kept", job, cases.size(), e);
            throw failure;
        }
        return jobs.find(job).orElseThrow();
    }

    /** {@link #run} in the background, where the job's row is all that reports the failure. */
    private void runRecorded(long job, List<ImportedCase> cases) {
        try {
            run(job, cases);
        } catch (RuntimeException recordedAndLogged) {
            log.debug("Background import {} ended with {}", job, recordedAndLogged.toString());
        }
    }

    private RuntimeException explained(List<ImportedCase> cases, RuntimeException e) {
        if (e instanceof DataAccessException
                && !writer.existing(cases.stream().map(row -> row.number().value()).toList()).isEmpty()) {
            return new DomainException(Kind.CONFLICT, "caseImport.concurrent",
                    "Another import wrote some of these case numbers meanwhile");
        }
        return e;
    }

    /**
     * Writes batch after batch; the next batch is replayed on another thread while the database
     * inserts the one before it. The replay runs in the common pool, not in {@code background},
     * where an import waiting for its replay could hold the thread the replay needs.
     */
    private void write(long job, List<ImportedCase> cases) {
        long highest = 0;
        CompletableFuture<List<CaseFile>> next = replaying(batch(cases, 0));
        for (int from = 0; from < cases.size(); from += BATCH) {
            List<ImportedCase> batch = batch(cases, from);
            List<CaseFile> files = replayed(next);
            next = from + BATCH < cases.size() ? replaying(batch(cases, from + BATCH)) : null;
            List<String> numbers = new ArrayList<>(batch.size());
            for (ImportedCase row : batch) {
                numbers.add(row.number().value());
                highest = Math.max(highest, Long.parseLong(row.number().value().substring(4)));
            }
            Instant now = clock.instant();
            writer.write(files, now);
            events.publishEvent(new CasesImported(numbers, now));
            jobs.progress(job, from + batch.size());
            log.info("Legacy import {}: {} of {} cases written", job, from + batch.size(), cases.size());
        }
        writer.reserveNumbers(highest);
        jobs.finishWithin(job);
    }

    private static List<ImportedCase> batch(List<ImportedCase> cases, int from) {
        return cases.subList(from, Math.min(cases.size(), from + BATCH));
    }

    private CompletableFuture<List<CaseFile>> replaying(List<ImportedCase> batch) {
        return CompletableFuture.supplyAsync(() -> batch.stream().map(timelines::replay).toList());
    }

    private static List<CaseFile> replayed(CompletableFuture<List<CaseFile>> replay) {
        try {
            return replay.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
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
