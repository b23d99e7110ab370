package org.entente.query.reconciliation;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * {@code GET /admin/reconciliation} (role {@code admin}, as all of {@code /admin}): the event store compared with
 * the topic and the read models, every difference listed. On a busy installation, events stored while it runs may
 * not have reached the others yet: a difference that is gone on the next run was in flight.
 */
@RestController
class ReconciliationController {

    private final EventStoreSummaries store;
    private final TopicCensus topic;
    private final ReadModelCensus readModels;
    private final Clock clock = Clock.systemUTC();

    ReconciliationController(EventStoreSummaries store, TopicCensus topic, ReadModelCensus readModels) {
        this.store = store;
        this.topic = topic;
        this.readModels = readModels;
    }

    @GetMapping("/admin/reconciliation")
    Reconciliation reconcile(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        EventStoreSummaries.Summary before = store.summary(authorization);
        Census onTopic = topic.read();
        Census applied = readModels.applied();
        Census parked = readModels.parked();
        EventStoreSummaries.Summary after = store.summary(authorization);
        return Comparison.of(clock.instant(), before.counts(), after.counts(), before.gaps(), onTopic, applied,
                parked);
    }
}
