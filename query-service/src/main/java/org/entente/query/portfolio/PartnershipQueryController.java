package org.entente.query.portfolio;

import org.entente.query.vault.OpensPersonalValues;
import org.entente.platform.security.Caller;
import org.entente.query.web.Forbidden;
import org.entente.query.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.UUID;

/** A partnership's current state, for its partners and for auditors; to anyone else it does not exist. */
@RestController
@RequestMapping("/partnerships")
class PartnershipQueryController {

    private final PartnershipReader reader;
    private final PortfolioReader portfolio;
    private final PartnershipAccess access;

    PartnershipQueryController(PartnershipReader reader, PortfolioReader portfolio, PartnershipAccess access) {
        this.reader = reader;
        this.portfolio = portfolio;
        this.access = access;
    }

    /** The portfolio: every partnership the caller may see, filtered, sorted and paged. */
    @GetMapping
    PortfolioReader.Page list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String institution,
            @RequestParam(required = false) String status, @RequestParam(required = false) String type,
            @RequestParam(required = false) String territory, @RequestParam(required = false) Instant proposedFrom,
            @RequestParam(required = false) Instant proposedTo, @RequestParam(defaultValue = "proposedAt") String sort,
            @RequestParam(defaultValue = "desc") String direction, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.readsPartnerships()) {
            throw new Forbidden("Your roles give access to aggregate reports only.");
        }
        return portfolio.find(new PortfolioQuery(q, institution, status, type, territory, proposedFrom, proposedTo, sort,
                !"asc".equalsIgnoreCase(direction), page, size), caller);
    }

    @OpensPersonalValues
    @GetMapping("/{id}")
    ResponseEntity<PartnershipState> detail(@PathVariable UUID id, Authentication authentication) {
        access.requireReadable(Caller.of(authentication), id);
        PartnershipState view = reader.find(id).orElseThrow(() -> new NotFound("Partnership " + id));
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }
}
