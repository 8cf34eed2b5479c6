package org.gridloop.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.DomainException.Kind;
import org.gridloop.asset.Asset;
import org.gridloop.asset.AssetIdentifier;
import org.gridloop.asset.AssetLocator;
import org.gridloop.catalog.Categories;
import org.gridloop.catalog.Category;
import org.gridloop.catalog.CategoryKind;
import org.gridloop.grid.GridLookup;
import org.gridloop.grid.GridPlace;
import org.springframework.stereotype.Service;

/**
 * Turns a report from any channel into a {@link Report}: checks every field, resolves the class
 * in the active scheme, places the position in its grid and, for an asset report, finds the
 * register asset: the one the reporter names, else the nearest of the class within
 * {@value #ASSET_SEARCH_METERS} m. All faults are reported at once, under the field names of the API.
 *
 * <p>The reporter's filing time may lie any time before the receipt (a phone offline for days
 * sends its queue when it is back), but not more than {@link #MAX_FILED_AHEAD} after it: a device
 * clock that far ahead is wrong, and its time would say nothing.
 */
@Service
public class ReportIntake {

    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_ADDRESS = 200;
    static final int MAX_CLIENT_ID = 64;
    /** How far from the reported position an asset of the class is looked for when none is named. */
    public static final double ASSET_SEARCH_METERS = 30;
    /** How far after its receipt a reporter's filing time may lie (device clocks drift). */
    public static final Duration MAX_FILED_AHEAD = Duration.ofMinutes(2);

    private final Categories categories;
    private final GridLookup grids;
    private final Photos photos;
    private final AssetLocator assets;
    private final Clock clock;

    ReportIntake(Categories categories, GridLookup grids, Photos photos, AssetLocator assets, Clock clock) {
        this.categories = categories;
        this.grids = grids;
        this.photos = photos;
        this.assets = assets;
        this.clock = clock;
    }

    /**
     * @throws DomainException {@code INVALID} with every field at fault; {@code UNPROCESSABLE}
     *                         when an inspector reports from outside the grid area
     */
    public Report check(ReportSubmission submission, Channel channel, String reporter) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<CategoryKind> kind = kind(submission.kind(), problems);
        Category category = kind.flatMap(k -> category(k, submission.categoryCode(), problems)).orElse(null);
        checkPosition(submission, problems);
        String description = text(submission.description(), "description", MAX_DESCRIPTION, true, problems);
        String address = text(submission.address(), "address", MAX_ADDRESS, false, problems);
        String clientId = text(submission.clientId(), "clientId", MAX_CLIENT_ID, channel == Channel.INSPECTOR,
                problems);
        if (channel == Channel.HOTLINE) {
            checkCaller(submission.caller(), problems);
        } else if (submission.caller() != null) {
            refuseCaller(submission.caller(), problems);
        }
        checkFiledAt(submission.filedAt(), problems);
        problems.addAll(photos.unknown(submission.photos()));
        Optional<Asset> named = namedAsset(kind.orElse(null), category, submission.assetIdentifier(), problems);
        if (!problems.isEmpty()) {
            throw new DomainException(Kind.INVALID, "report.invalid", "The report has invalid fields", problems);
        }
        GridPlace place = grids.locate(submission.latitude(), submission.longitude()).orElse(null);
        if (place == null && channel == Channel.INSPECTOR) {
            throw new DomainException(Kind.UNPROCESSABLE, "report.outsideGridArea",
                    "The position lies outside every unit grid",
                    List.of(problem("lat", "report.outsideGridArea", "outside every unit grid"),
                            problem("lon", "report.outsideGridArea", "outside every unit grid")));
        }
        Location location = new Location(submission.latitude(), submission.longitude(),
                submission.accuracyMeters(), address, submission.pinned());
        return new Report(category, location, place, description, channel, reporter, submission.caller(),
                clientId, submission.photos(), reportedAsset(category, location, named), submission.urgent(),
                submission.filedAt());
    }

    private void checkFiledAt(Instant filedAt, List<FieldProblem> problems) {
        if (filedAt != null && filedAt.isAfter(clock.instant().plus(MAX_FILED_AHEAD))) {
            problems.add(problem("reportedAt", "report.reportedAt.ahead",
                    "more than " + MAX_FILED_AHEAD.toMinutes() + " minutes after the server received it"));
        }
    }

    private Optional<Asset> namedAsset(CategoryKind kind, Category category, String identifier,
            List<FieldProblem> problems) {
        if (identifier == null || identifier.isBlank()) {
            return Optional.empty();
        }
        String value = identifier.trim();
        if (kind == CategoryKind.INCIDENT) {
            problems.add(problem("assetIdentifier", "report.asset.incident", "only asset reports name an asset"));
            return Optional.empty();
        }
        if (!AssetIdentifier.isValid(value)) {
            problems.add(problem("assetIdentifier", "report.asset.format",
                    "an asset identifier has 16 or 17 digits"));
            return Optional.empty();
        }
        Optional<Asset> asset = assets.find(new AssetIdentifier(value));
        if (asset.isEmpty()) {
            problems.add(problem("assetIdentifier", "report.asset.unknown", "no such asset in the register"));
        } else if (category != null && !asset.get().classCode().equals(category.code())) {
            problems.add(problem("assetIdentifier", "report.asset.class",
                    "the asset is of class " + asset.get().classCode() + ", not " + category.code()));
        }
        return asset;
    }

    private ReportedAsset reportedAsset(Category category, Location location, Optional<Asset> named) {
        if (category.kind() != CategoryKind.ASSET) {
            return null;
        }
        boolean picked = named.isEmpty();
        return named.or(() -> assets.nearest(category.code(), location.latitude(), location.longitude(),
                        ASSET_SEARCH_METERS))
                .map(asset -> new ReportedAsset(asset.identifier().value(), asset.name(), asset.departmentCode(),
                        picked))
                .orElse(null);
    }

    private Optional<CategoryKind> kind(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(problem("kind", "field.required", "required"));
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "incident" -> Optional.of(CategoryKind.INCIDENT);
            case "asset" -> Optional.of(CategoryKind.ASSET);
            default -> {
                problems.add(problem("kind", "report.kind.unknown", "must be incident or asset"));
                yield Optional.empty();
            }
        };
    }

    private Optional<Category> category(CategoryKind kind, String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(problem("categoryCode", "field.required", "required"));
            return Optional.empty();
        }
        Optional<Category> category = categories.find(kind, code.trim());
        if (category.isEmpty()) {
            problems.add(problem("categoryCode", "report.category.unknown",
                    "no such class in the active scheme " + categories.activeScheme()));
        } else if (!category.get().reportable()) {
            problems.add(problem("categoryCode", "report.category.deactivated",
                    "the class is deactivated and takes no new reports"));
            return Optional.empty();
        }
        return category;
    }

    private static void checkPosition(ReportSubmission submission, List<FieldProblem> problems) {
        Double lat = submission.latitude();
        Double lon = submission.longitude();
        if (lat == null) {
            problems.add(problem("lat", "field.required", "required"));
        }
        if (lon == null) {
            problems.add(problem("lon", "field.required", "required"));
        }
        problems.addAll(Location.rangeProblems(lat, lon));
        Double accuracy = submission.accuracyMeters();
        if (accuracy != null && (!Double.isFinite(accuracy) || accuracy < 0 || accuracy > 10_000)) {
            problems.add(problem("accuracyMeters", "report.accuracy.range", "must be between 0 and 10000"));
        }
    }

    private static void checkCaller(Caller caller, List<FieldProblem> problems) {
        if (caller == null || caller.phone() == null || caller.phone().isBlank()) {
            problems.add(problem("callerPhone", "field.required", "required"));
        } else if (!caller.phone().trim().matches("[0-9+\\- ]{3,20}")) {
            problems.add(problem("callerPhone", "report.callerPhone.format", "not a phone number"));
        }
        if (caller != null && caller.name() != null && caller.name().length() > 50) {
            problems.add(problem("callerName", "field.tooLong", "at most 50 characters"));
        }
    }

    /** Only a hotline report names a caller; anyone else's report is their own. */
    private static void refuseCaller(Caller caller, List<FieldProblem> problems) {
        if (caller.name() != null && !caller.name().isBlank()) {
            problems.add(problem("callerName", "report.caller.hotlineOnly", "only hotline reports name a caller"));
        }
        if (caller.phone() != null && !caller.phone().isBlank()) {
            problems.add(problem("callerPhone", "report.caller.hotlineOnly", "only hotline reports name a caller"));
        }
    }

    private static String text(String value, String field, int max, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(problem(field, "field.required", "required"));
            }
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            problems.add(problem(field, "field.tooLong", "at most " + max + " characters"));
        }
        return trimmed;
    }

    private static FieldProblem problem(String field, String code, String message) {
        return new FieldProblem(field, code, message);
    }
}
