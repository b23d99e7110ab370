package org.entente.query.portfolio;

import org.entente.query.web.Caller;
import org.entente.query.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A partnership's current state, for its partners and for auditors; to anyone else it does not exist. */
@RestController
@RequestMapping("/partnerships")
class PartnershipQueryController {

    private final PartnershipReader reader;

    PartnershipQueryController(PartnershipReader reader) {
        this.reader = reader;
    }

    @GetMapping("/{id}")
    ResponseEntity<PartnershipView> detail(@PathVariable UUID id, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        PartnershipView view = reader.find(id)
                .filter(found -> caller.mayRead(found.partnerInstitutions()))
                .orElseThrow(() -> new NotFound("Partnership " + id));
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }
}
