package org.gridloop.organization.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridloop.AuditedChange;
import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.organization.internal.TeamManagement.VendorReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts (服务合同) of the outsourced teams (信息采集市场化): the vendor, the period, the
 * price paid per valid report, the deduction per invalid report and the quota per quarter
 * (达标量). The periods of one team's contracts never overlap, so at most one contract is in
 * effect on any day; changes of one team's contracts are serialized on the team's row. A
 * contract is edited, never deleted. Every change is audited.
 */
@Service
public class ContractManagement {

    /**
     * A contract as an administrator enters it: dates as {@code yyyy-MM-dd}, both days included;
     * amounts in yuan with at most two decimals.
     *
     * @param vendorCode the vendor; when not given, the team's vendor
     * @param version    the version the edit is based on; when given and no longer current, refused
     */
    public record ContractForm(String vendorCode, String number, String validFrom, String validTo,
            BigDecimal unitPrice, BigDecimal deduction, Integer quarterlyQuota, Integer version) {
    }

    /**
     * A contract as it is stored.
     *
     * @param unitPrice      yuan paid per valid report (有效上报)
     * @param deduction      yuan deducted per invalid report
     * @param quarterlyQuota valid reports expected per quarter (达标量)
     */
    public record Contract(long id, String teamCode, VendorReference vendor, String number, LocalDate validFrom,
            LocalDate validTo, BigDecimal unitPrice, BigDecimal deduction, int quarterlyQuota, int version) {

        /** Whether the day lies in the contract's period. */
        public boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && !day.isAfter(validTo);
        }
    }

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");
    private static final int MAX_QUOTA = 10_000_000;
    private static final int NUMBER_LENGTH = 64;
    private static final String SELECT = """
            SELECT c.id, c.team_code, c.vendor_code, v.name AS vendor_name, c.number, c.valid_from, c.valid_to,
                   c.unit_price, c.deduction, c.quarterly_quota, c.version
            FROM organization_team_contract c JOIN organization_vendor v ON v.code = c.vendor_code
            """;

    private final JdbcClient jdbc;
    private final VendorManagement vendors;
    private final ApplicationEventPublisher events;

    ContractManagement(JdbcClient jdbc, VendorManagement vendors, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.vendors = vendors;
        this.events = events;
    }

    /** The team's contracts, the earliest first. */
    public List<Contract> ofTeam(String teamCode) {
        return jdbc.sql(SELECT + "WHERE c.team_code = :team ORDER BY c.valid_from")
                .param("team", FieldChecks.strip(teamCode)).query(ContractManagement::contract).list();
    }

    public Optional<Contract> find(String teamCode, long id) {
        return jdbc.sql(SELECT + "WHERE c.team_code = :team AND c.id = :id")
                .param("team", FieldChecks.strip(teamCode)).param("id", id).query(ContractManagement::contract)
                .optional();
    }

    @Transactional
    public Contract create(String teamCode, ContractForm form) {
        String teamVendor = lockedOutsourcedTeam(teamCode);
        Contract contract = checked(teamCode, 0L, form, teamVendor, 0);
        refuseOverlap(contract);
        long id;
        try {
            id = jdbc.sql("""
                    INSERT INTO organization_team_contract (team_code, vendor_code, number, valid_from, valid_to,
                        unit_price, deduction, quarterly_quota)
                    VALUES (:team, :vendor, :number, :from, :to, :price, :deduction, :quota) RETURNING id""")
                    .params(parameters(contract)).query(Long.class).single();
        } catch (DuplicateKeyException taken) {
            throw numberTaken(contract.number());
        }
        Contract created = find(teamCode, id).orElseThrow();
        events.publishEvent(AuditedChange.of("contract", String.valueOf(id), "create", null, created));
        return created;
    }

    @Transactional
    public Contract update(String teamCode, long id, ContractForm form) {
        String teamVendor = lockedOutsourcedTeam(teamCode);
        Contract before = find(teamCode, id).orElseThrow(() -> unknown(id));
        Contract after = checked(before.teamCode(), id, form, teamVendor, before.version() + 1);
        if (form.version() != null && form.version() != before.version()) {
            throw stale(before);
        }
        refuseOverlap(after);
        try {
            jdbc.sql("""
                    UPDATE organization_team_contract
                    SET vendor_code = :vendor, number = :number, valid_from = :from, valid_to = :to,
                        unit_price = :price, deduction = :deduction, quarterly_quota = :quota, version = version + 1
                    WHERE id = :id""")
                    .params(parameters(after)).param("id", id).update();
        } catch (DuplicateKeyException taken) {
            throw numberTaken(after.number());
        }
        Contract updated = find(teamCode, id).orElseThrow();
        events.publishEvent(AuditedChange.of("contract", String.valueOf(id), "update", before, updated));
        return updated;
    }

    /**
     * Locks the team's row so that changes of its contracts run one after another, and answers its
     * vendor; refuses a team that does not exist or is not outsourced.
     */
    private String lockedOutsourcedTeam(String teamCode) {
        record Row(String model, String vendorCode) {
        }
        Row team = jdbc.sql("SELECT model, vendor_code FROM organization_inspector_team WHERE code = :code FOR UPDATE")
                .param("code", FieldChecks.strip(teamCode)).query(Row.class).optional()
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "organization.team.unknown",
                        "No such team", teamCode));
        if (!team.model().equals(TeamModel.OUTSOURCED.name())) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "organization.contract.self-organized",
                    "Only an outsourced team has contracts", teamCode);
        }
        return team.vendorCode();
    }

    private Contract checked(String teamCode, long id, ContractForm form, String teamVendor, int version) {
        FieldChecks checks = new FieldChecks();
        String vendorCode = FieldChecks.strip(form.vendorCode());
        Optional<VendorManagement.Vendor> vendor = vendors.find(vendorCode == null ? teamVendor : vendorCode);
        if (vendor.isEmpty()) {
            checks.add("vendorCode", "organization.team.vendor-unknown", "no such vendor");
        }
        String number = FieldChecks.strip(form.number());
        checks.text("number", number, NUMBER_LENGTH, false);
        LocalDate from = date("validFrom", form.validFrom(), checks);
        LocalDate to = date("validTo", form.validTo(), checks);
        if (from != null && to != null && to.isBefore(from)) {
            checks.add("validTo", "organization.contract.period", "not before the first day");
        }
        amount("unitPrice", form.unitPrice(), checks);
        amount("deduction", form.deduction(), checks);
        Integer quota = form.quarterlyQuota();
        if (quota == null) {
            checks.add("quarterlyQuota", "field.required", "required");
        } else if (quota < 0 || quota > MAX_QUOTA) {
            checks.add("quarterlyQuota", "organization.quota.range", "0 to " + MAX_QUOTA);
        }
        checks.refuseIfAny("organization.contract.invalid", "The contract is not valid");
        return new Contract(id, teamCode, new VendorReference(vendor.get().code(), vendor.get().name()), number, from,
                to, form.unitPrice().setScale(2), form.deduction().setScale(2), quota, version);
    }

    private void refuseOverlap(Contract contract) {
        jdbc.sql("""
                SELECT id FROM organization_team_contract
                WHERE team_code = :team AND id <> :id AND valid_from <= :to AND valid_to >= :from
                ORDER BY valid_from LIMIT 1""")
                .param("team", contract.teamCode()).param("id", contract.id()).param("from", contract.validFrom())
                .param("to", contract.validTo()).query(Long.class).optional()
                .ifPresent(other -> {
                    throw new DomainException(DomainException.Kind.CONFLICT, "organization.contract.overlap",
                            "The period overlaps contract " + other,
                            List.of(new FieldProblem("validFrom", "organization.contract.overlap",
                                    "overlaps another contract of the team")), other);
                });
    }

    private static LocalDate date(String field, String text, FieldChecks checks) {
        String value = FieldChecks.strip(text);
        if (value == null) {
            checks.add(field, "field.required", "required");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            checks.add(field, "organization.contract.date", "a date yyyy-MM-dd");
            return null;
        }
    }

    private static void amount(String field, BigDecimal amount, FieldChecks checks) {
        if (amount == null) {
            checks.add(field, "field.required", "required");
        } else if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0
                || amount.stripTrailingZeros().scale() > 2) {
            checks.add(field, "organization.contract.amount", "0 to 99999999.99 yuan, at most two decimals");
        }
    }

    private static Map<String, Object> parameters(Contract contract) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("team", contract.teamCode());
        parameters.put("vendor", contract.vendor().code());
        parameters.put("number", contract.number());
        parameters.put("from", contract.validFrom());
        parameters.put("to", contract.validTo());
        parameters.put("price", contract.unitPrice());
        parameters.put("deduction", contract.deduction());
        parameters.put("quota", contract.quarterlyQuota());
        return parameters;
    }

    private static DomainException unknown(long id) {
        return new DomainException(DomainException.Kind.NOT_FOUND, "organization.contract.unknown",
                "No such contract", id);
    }

    private static DomainException numberTaken(String number) {
        return new DomainException(DomainException.Kind.CONFLICT, "organization.contract.number-taken",
                "The contract number " + number + " is already used",
                List.of(new FieldProblem("number", "organization.contract.number-taken", "already used")), number);
    }

    private static DomainException stale(Contract current) {
        return DomainException.stale("organization.contract.stale", "contract", current.version());
    }

    private static Contract contract(ResultSet rs, int row) throws SQLException {
        return new Contract(rs.getLong("id"), rs.getString("team_code"),
                new VendorReference(rs.getString("vendor_code"), rs.getString("vendor_name")), rs.getString("number"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getBigDecimal("unit_price"), rs.getBigDecimal("deduction"), rs.getInt("quarterly_quota"),
                rs.getInt("version"));
    }
}
