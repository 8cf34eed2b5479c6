package org.gridloop.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.organization.internal.TeamManagement.VendorReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information-collection vendors (信息采集服务商) that outsourced teams buy their inspectors
 * from, as the administrators keep them: a code, a name unique in the district, the unified
 * social credit code (统一社会信用代码) when known, and a contact. A vendor is never deleted:
 * contracts and the audit log name it. Every change is audited.
 */
@Service
public class VendorManagement {

    /**
     * A vendor as an administrator enters it.
     *
     * @param version the version the edit is based on; when given and no longer current, refused
     */
    public record VendorForm(String code, String name, String creditCode, String contactName, String contactPhone,
            String address, Integer version) {
    }

    /** A vendor as it is stored. */
    public record Vendor(String code, String name, String creditCode, String contactName, String contactPhone,
            String address, int version) {
    }

    private static final int NAME_LENGTH = 200;
    private static final int CONTACT_LENGTH = 50;
    private static final int ADDRESS_LENGTH = 200;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,30}");
    private static final String COLUMNS = "code, name, credit_code, contact_name, contact_phone, address, version";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    VendorManagement(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Every vendor, ordered by name. */
    public List<Vendor> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization_vendor ORDER BY name, code")
                .query(VendorManagement::vendor).list();
    }

    public Optional<Vendor> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization_vendor WHERE code = :code")
                .param("code", FieldChecks.strip(code)).query(VendorManagement::vendor).optional();
    }

    /** The vendor of that exact name. */
    public Optional<Vendor> named(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization_vendor WHERE name = :name")
                .param("name", FieldChecks.strip(name)).query(VendorManagement::vendor).optional();
    }

    @Transactional
    public Vendor create(VendorForm form) {
        FieldChecks checks = new FieldChecks();
        String code = FieldChecks.strip(form.code());
        checks.code("code", code);
        Vendor vendor = checked(code, form, 0, checks);
        if (find(code).isPresent()) {
            throw taken("code", code);
        }
        refuseTaken(vendor);
        try {
            jdbc.sql("""
                    INSERT INTO organization_vendor (code, name, credit_code, contact_name, contact_phone, address)
                    VALUES (:code, :name, :creditCode, :contactName, :contactPhone, :address)""")
                    .paramSource(vendor).update();
        } catch (DuplicateKeyException taken) {
            throw takenAfterAll(vendor);
        }
        events.publishEvent(AuditedChange.of("vendor", code, "create", null, vendor));
        return vendor;
    }

    @Transactional
    public Vendor update(String code, VendorForm form) {
        Vendor before = find(code).orElseThrow(() -> unknown(code));
        FieldChecks checks = new FieldChecks();
        String given = FieldChecks.strip(form.code());
        if (given != null && !given.equals(before.code())) {
            checks.add("code", "organization.code.fixed", "the code of a vendor cannot change");
        }
        Vendor after = checked(before.code(), form, before.version() + 1, checks);
        if (form.version() != null && form.version() != before.version()) {
            throw stale(before);
        }
        refuseTaken(after);
        int updated;
        try {
            updated = jdbc.sql("""
                    UPDATE organization_vendor
                    SET name = :name, credit_code = :creditCode, contact_name = :contactName,
                        contact_phone = :contactPhone, address = :address, version = version + 1
                    WHERE code = :code AND version = :version - 1""")
                    .paramSource(after).update();
        } catch (DuplicateKeyException taken) {
            throw takenAfterAll(after);
        }
        if (updated == 0) {
            throw stale(find(code).orElse(before));
        }
        events.publishEvent(AuditedChange.of("vendor", before.code(), "update", before, after));
        return after;
    }

    /**
     * The vendor a team's form names, when the team is outsourced: by its code, else by its name;
     * a self-organized team names none.
     */
    VendorReference namedByTeam(TeamModel model, VendorReference given, FieldChecks checks) {
        String code = given == null ? null : FieldChecks.strip(given.code());
        String name = given == null ? null : FieldChecks.strip(given.name());
        if (model == TeamModel.SELF_ORGANIZED && (code != null || name != null)) {
            checks.add("vendor", "organization.team.no-vendor", "a self-organized team has no vendor");
        }
        if (model != TeamModel.OUTSOURCED) {
            return null;
        }
        if (code == null && name == null) {
            checks.add("vendor", "organization.team.vendor-required", "an outsourced team names its vendor");
            return null;
        }
        Optional<Vendor> found = code != null ? find(code) : named(name);
        if (found.isEmpty()) {
            checks.add(code != null ? "vendor.code" : "vendor.name", "organization.team.vendor-unknown",
                    "no such vendor");
            return null;
        }
        return new VendorReference(found.get().code(), found.get().name());
    }

    public static DomainException unknown(String code) {
        return new DomainException(DomainException.Kind.NOT_FOUND, "organization.vendor.unknown", "No such vendor",
                code);
    }

    private Vendor checked(String code, VendorForm form, int version, FieldChecks checks) {
        String name = FieldChecks.strip(form.name());
        checks.text("name", name, NAME_LENGTH, true);
        String creditCode = FieldChecks.strip(form.creditCode());
        if (creditCode != null) {
            creditCode = creditCode.toUpperCase(Locale.ROOT);
            if (!CreditCode.isValid(creditCode)) {
                checks.add("creditCode", "organization.vendor.credit-code",
                        "18 digits and capital letters with a right check character (GB 32100)");
            }
        }
        String contactName = FieldChecks.strip(form.contactName());
        checks.text("contactName", contactName, CONTACT_LENGTH, false);
        String phone = FieldChecks.strip(form.contactPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            checks.add("contactPhone", "organization.vendor.phone", "a telephone number of digits, spaces and hyphens");
        }
        String address = FieldChecks.strip(form.address());
        checks.text("address", address, ADDRESS_LENGTH, false);
        checks.refuseIfAny("organization.vendor.invalid", "The vendor is not valid");
        return new Vendor(code, name, creditCode, contactName, phone, address, version);
    }

    /** Refuses a name or credit code another vendor holds. */
    private void refuseTaken(Vendor vendor) {
        if (jdbc.sql("SELECT count(*) FROM organization_vendor WHERE name = :name AND code <> :code")
                .param("name", vendor.name()).param("code", vendor.code()).query(Integer.class).single() > 0) {
            throw taken("name", vendor.name());
        }
        if (vendor.creditCode() != null && jdbc.sql(
                "SELECT count(*) FROM organization_vendor WHERE credit_code = :creditCode AND code <> :code")
                .param("creditCode", vendor.creditCode()).param("code", vendor.code()).query(Integer.class).single() > 0) {
            throw taken("creditCode", vendor.creditCode());
        }
    }

    /** A concurrent request took the code, name or credit code between the check and the write. */
    private DomainException takenAfterAll(Vendor vendor) {
        if (find(vendor.code()).filter(stored -> stored.version() == 0 && vendor.version() == 0).isPresent()) {
            return taken("code", vendor.code());
        }
        return named(vendor.name()).filter(other -> !other.code().equals(vendor.code())).isPresent()
                ? taken("name", vendor.name()) : taken("creditCode", vendor.creditCode());
    }

    private static DomainException taken(String field, String value) {
        return DomainException.taken(field, "organization.vendor." + field + "-taken", value);
    }

    private static DomainException stale(Vendor current) {
        return DomainException.stale("organization.vendor.stale", "vendor", current.version());
    }

    private static Vendor vendor(ResultSet rs, int row) throws SQLException {
        return new Vendor(rs.getString("code"), rs.getString("name"), rs.getString("credit_code"),
                rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("address"),
                rs.getInt("version"));
    }
}
