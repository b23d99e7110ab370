package org.entente.command.scheduling;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.entente.calendar.DueItem;
import org.entente.command.partnership.DueItemSchedule;

import java.time.Instant;
import java.util.UUID;

/**
 * The schedule in db-scheduler's table. Its client writes through a transaction-aware data source, in the
 * transaction of the command that made the item due.
 */
final class DbSchedule implements DueItemSchedule {

    private final SchedulerClient client;

    DbSchedule(SchedulerClient client) {
        this.client = client;
    }

    @Override
    public void keep(UUID partnershipId, DueItem item, Instant at) {
        client.scheduleIfNotExists(new TaskInstance<Void>(DueItemTask.NAME,
                DueItemTask.instanceId(partnershipId, item)), at);
    }

    @Override
    public void forget(UUID partnershipId, DueItem item) {
        TaskInstanceId id = TaskInstanceId.of(DueItemTask.NAME, DueItemTask.instanceId(partnershipId, item));
        client.getScheduledExecution(id).filter(execution -> !execution.isPicked()).ifPresent(execution ->
                client.cancel(id));
    }
}
