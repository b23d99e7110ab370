package org.entente.query.ledger;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The ledger monitor's alarms, for operators (role {@code admin}, as all of {@code /admin}). */
@RestController
class LedgerAlarmsController {

    record Alarms(List<LedgerAlarms.Alarm> alarms) {
    }

    private final LedgerAlarms alarms;

    LedgerAlarmsController(LedgerAlarms alarms) {
        this.alarms = alarms;
    }

    @GetMapping("/admin/ledger/alarms")
    Alarms alarms() {
        return new Alarms(alarms.all());
    }
}
