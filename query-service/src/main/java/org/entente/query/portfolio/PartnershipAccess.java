package org.entente.query.portfolio;

import org.entente.platform.security.Caller;
import org.entente.query.web.NotFound;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Who may read a partnership: auditors, and the partners and signatories of institutions party to it. To anyone
 * else it does not exist: the same 404 as for an unknown id (DESIGN §6).
 */
@Component
public class PartnershipAccess {

    private final JdbcTemplate jdbc;

    PartnershipAccess(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void requireReadable(Caller caller, UUID partnershipId) {
        boolean readable = caller.hasRole("auditor")
                ? Boolean.TRUE.equals(jdbc.queryForObject(
                        "SELECT EXISTS (SELECT 1 FROM partnership WHERE id = ?)", Boolean.class, partnershipId))
                : caller.readsPartnerships() && Boolean.TRUE.equals(
                        jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM partnership_partner WHERE partnership_id = ? "
                                + "AND institution_id = ?)", Boolean.class, partnershipId, caller.institutionId()));
        if (!readable) {
            throw new NotFound("Partnership " + partnershipId);
        }
    }
}
