package org.entente.command.scheduling;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.entente.calendar.DueItem;
import org.entente.command.partnership.PassageOfTime;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The one task of the schedule: as a due item's instant comes, send its passage-of-time command. The task's
 * instance id is the item's id ({@code partnership:kind:date}), so an item is kept once however often it is
 * scheduled, and runs on one instance at a time (db-scheduler picks it with a row lock). A refusal completes it:
 * the partnership already recorded it, or it is no longer due. Any other failure (the database away) retries with
 * back-off; an instance killed while running it is found dead by its missing heartbeats and the item runs again,
 * which the partnership then refuses as done if the first run had committed.
 */
final class DueItemTask {

    static final String NAME = "due-item";

    private DueItemTask() {
    }

    static OneTimeTask<Void> of(PassageOfTime passageOfTime) {
        return Tasks.oneTime(NAME)
                .onFailure(backOff())
                .execute((instance, context) -> {
                    String[] parts = instance.getId().split(":");
                    passageOfTime.act(UUID.fromString(parts[0]), kind(parts[1]), LocalDate.parse(parts[2]));
                });
    }

    /** The database away, a conflict: tried again 5 s later, then half as long again each time. */
    static <T> FailureHandler<T> backOff() {
        return new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(5), 1.5);
    }

    static String instanceId(UUID partnershipId, DueItem item) {
        return item.id(partnershipId.toString());
    }

    private static DueItem.Kind kind(String slug) {
        for (DueItem.Kind kind : DueItem.Kind.values()) {
            if (kind.slug().equals(slug)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No due item of kind " + slug);
    }
}
