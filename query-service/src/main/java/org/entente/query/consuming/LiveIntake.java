package org.entente.query.consuming;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.entente.query.intake.Intake;
import org.entente.query.intake.ReceivedRecord;
import org.entente.query.readmodel.Tables;
import org.springframework.stereotype.Component;

/** Feeds the live read models, record by record, in the transaction that stores the consumer position. */
@Component
@ProcessingGroup(LiveIntake.PROCESSOR)
class LiveIntake {

    static final String PROCESSOR = "portfolio";

    private final Intake intake;

    LiveIntake(Intake intake) {
        this.intake = intake;
    }

    @EventHandler
    void on(ReceivedRecord record) {
        intake.receive(Tables.LIVE, record);
    }
}
