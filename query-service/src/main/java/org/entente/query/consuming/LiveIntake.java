package org.entente.query.consuming;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.entente.query.intake.BatchIntake;
import org.entente.query.intake.ReceivedRecord;
import org.entente.query.readmodel.Tables;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Feeds the live read models a batch at a time: the records of the processor's batch are gathered as they are
 * handled and taken in together just before its transaction commits, the transaction that also stores the
 * consumer position. A failure there rolls the whole batch back, and the processor delivers it again.
 */
@Component
@ProcessingGroup(LiveIntake.PROCESSOR)
class LiveIntake {

    static final String PROCESSOR = "portfolio";
    private static final String BATCH = LiveIntake.class.getName() + ".batch";

    private final BatchIntake intake;

    LiveIntake(BatchIntake intake) {
        this.intake = intake;
    }

    @EventHandler
    void on(ReceivedRecord record) {
        if (!CurrentUnitOfWork.isStarted()) {
            intake.receiveAll(Tables.LIVE, List.of(record));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        unitOfWork.<List<ReceivedRecord>>getOrComputeResource(BATCH, key -> {
            List<ReceivedRecord> batch = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> intake.receiveAll(Tables.LIVE, batch));
            return batch;
        }).add(record);
    }
}
