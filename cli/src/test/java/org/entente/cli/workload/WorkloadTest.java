package org.entente.cli.workload;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkloadTest {

    /** Nothing is let go and no client runs: nothing can move, as when every client thread has died. */
    private final Workload stuck = new Workload(List.of(new LoadScript(0, null, null)),
            new LoadClient(URI.create("http://localhost:9")), 1, 10, Duration.ofMillis(300));

    @Test
    void waitingForProgress_onAStuckWorkload_failsAtItsDeadline_sayingWhatItWaitedFor() {
        long began = System.nanoTime();

        assertThatThrownBy(() -> stuck.awaitProgress(0, 10, 0.5)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("50 % of a segment of 10 commands to be sent")
                .hasMessageContaining("0 sent, 0 answered, 0 let go");
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void waitingForAnswers_onAStuckWorkload_failsAtItsDeadline_sayingWhatItLastSaw() {
        stuck.open(3);

        assertThatThrownBy(stuck::awaitAllowanceAnswered).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("every command let go to be answered")
                .hasMessageContaining("0 sent, 0 answered, 3 let go, of " + Workload.commands(1));
    }

    @Test
    void theDeadline_outlastsTheClientsOwnGivingUp() {
        assertThat(Workload.STALLED).isGreaterThan(LoadClient.GIVE_UP);
    }
}
