package org.gridloop.asset.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.asset.Asset;
import org.gridloop.asset.AssetIdentifier;
import org.gridloop.asset.AssetStatus;
import org.gridloop.asset.internal.AssetChange.Action;
import org.gridloop.asset.internal.AssetRecords.Versioned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the register: file imports (checked whole, then written at once, or refused with every
 * problem), single registrations with a generated identifier, changes and removals guarded by
 * the version read. Every write records history (who, when, before/after) in the same
 * transaction and reaches the spatial index once committed.
 */
@Service
public class AssetRegister {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    private final AssetRecords records;
    private final AssetSequences sequences;
    private final AssetChecks checks;
    private final IndexedAssetLocator locator;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AssetRegister(AssetRecords records, AssetSequences sequences, AssetChecks checks, IndexedAssetLocator locator,
            JsonMapper json, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.records = records;
        this.sequences = sequences;
        this.checks = checks;
        this.locator = locator;
        this.json = json;
        this.clock = clock;
    }

    /** The outcome of an import. */
    public record Imported(int count) {
    }

    /**
     * Imports a file of new assets: every feature is checked (readable, valid, not registered, not
     * twice in the file) before anything is written; any problem refuses the whole file.
     */
    @Transactional
    public Imported importFile(AssetFiles.Format format, String content, String importedBy) {
        records.lockAndFingerprint();
        AssetFiles.Parsed parsed = AssetFiles.read(format, content, json);
        List<String> identifiers = parsed.drafts().stream().map(AssetDraft::identifier)
                .filter(id -> id != null && AssetIdentifier.isValid(id.strip())).map(String::strip).toList();
        AssetChecks.Outcome outcome = checks.check(parsed.drafts(), records.existing(identifiers));
        List<AssetProblem> problems = new ArrayList<>(parsed.problems());
        Set<Integer> unreadable = new java.util.HashSet<>();
        parsed.problems().forEach(problem -> unreadable.add(problem.index()));
        outcome.problems().stream()
                .filter(problem -> !(unreadable.contains(problem.index()) && problem.field().equals("position")))
                .forEach(problems::add);
        if (parsed.drafts().isEmpty() && problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "asset.file.empty", "The file holds no asset");
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(AssetProblem::index));
            throw new AssetRefused("asset.import.refused", "The file was not imported: " + problems.size()
                    + " problems", problems);
        }
        List<Asset> assets = outcome.assets();
        records.insertAll(assets);
        Instant now = clock.instant();
        Map<String, Integer> highest = new HashMap<>();
        List<AssetChange> history = new ArrayList<>(assets.size());
        for (Asset asset : assets) {
            AssetSequences.track(highest, asset.identifier());
            history.add(new AssetChange(0, asset.identifier().value(), Action.IMPORTED, importedBy, now, "import",
                    null, AssetFields.of(asset)));
        }
        sequences.raiseTo(highest);
        records.record(history);
        events.publishEvent(AuditedChange.of("asset", "file", "import", null,
                Map.of("format", format.name(), "assets", assets.size())));
        afterCommit(locator::reload);
        return new Imported(assets.size());
    }

    /**
     * Registers a new asset; its identifier is the next of its class in the county of its grid.
     *
     * @param draft the asset without identifier
     */
    @Transactional
    public Asset register(AssetDraft draft, String registeredBy, String source) {
        AssetChecks.Outcome probe = checks.checkNew(draft);
        if (!probe.passed()) {
            throw new AssetRefused("asset.refused", "The asset has invalid attributes", probe.problems());
        }
        String classCode = draft.classCode().strip();
        Asset checked = probe.assets().get(0);
        String adminCode = checked.gridCode().substring(0, 6);
        String before = records.lockAndFingerprint();
        AssetIdentifier identifier = sequences.next(adminCode, classCode);
        Asset asset = dated(new Asset(identifier, checked.name(), checked.departmentCode(), checked.ownerUnit(),
                checked.maintenanceUnit(), checked.gridCode(), checked.status(), checked.latitude(),
                checked.longitude(), checked.surveyDate(), checked.changeDate(), checked.dataSource(),
                checked.remarks()), true);
        records.insert(asset);
        records.record(List.of(new AssetChange(0, identifier.value(), Action.CREATED, registeredBy, clock.instant(),
                source, null, AssetFields.of(asset))));
        events.publishEvent(AuditedChange.of("asset", identifier.value(), "create", null, AssetFields.of(asset)));
        String after = records.fingerprint();
        afterCommit(() -> locator.update(List.of(asset), before, after));
        return asset;
    }

    /**
     * Replaces an asset's attributes, position and status. Removal is a change to status removed.
     *
     * @param expectedVersion the version the change was based on
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed meanwhile
     */
    @Transactional
    public Asset change(AssetDraft draft, int expectedVersion, String changedBy, String source) {
        AssetChecks.Outcome outcome = checks.check(draft);
        if (!outcome.passed()) {
            throw new AssetRefused("asset.refused", "The asset has invalid attributes", outcome.problems());
        }
        String before = records.lockAndFingerprint();
        Versioned current = records.find(new AssetIdentifier(draft.identifier().strip()))
                .orElseThrow(() -> notFound(draft.identifier()));
        Asset asset = dated(outcome.assets().get(0), false);
        records.update(asset, expectedVersion);
        Action action = asset.status() == AssetStatus.REMOVED && current.asset().status() != AssetStatus.REMOVED
                ? Action.REMOVED : Action.CHANGED;
        records.record(List.of(new AssetChange(0, asset.identifier().value(), action, changedBy, clock.instant(),
                source, AssetFields.of(current.asset()), AssetFields.of(asset))));
        events.publishEvent(AuditedChange.of("asset", asset.identifier().value(),
                action == Action.REMOVED ? "delete" : "update", AssetFields.of(current.asset()), AssetFields.of(asset)));
        String after = records.fingerprint();
        afterCommit(() -> locator.update(List.of(asset), before, after));
        return asset;
    }

    public Versioned find(String identifier) {
        if (!AssetIdentifier.isValid(identifier)) {
            throw notFound(identifier);
        }
        return records.find(new AssetIdentifier(identifier)).orElseThrow(() -> notFound(identifier));
    }

    public List<AssetChange> history(String identifier) {
        return records.history(find(identifier).asset().identifier());
    }

    private Asset dated(Asset asset, boolean surveyed) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), LOCAL);
        return new Asset(asset.identifier(), asset.name(), asset.departmentCode(), asset.ownerUnit(),
                asset.maintenanceUnit(), asset.gridCode(), asset.status(), asset.latitude(), asset.longitude(),
                asset.surveyDate() == null && surveyed ? today : asset.surveyDate(), today, asset.dataSource(),
                asset.remarks());
    }

    static DomainException notFound(String identifier) {
        return new DomainException(DomainException.Kind.NOT_FOUND, "asset.not-found", "No asset has this identifier",
                identifier);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
