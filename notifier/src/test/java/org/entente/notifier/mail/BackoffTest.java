package org.entente.notifier.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    @Test
    void theWaitDoublesFromThirtySeconds_upToAnHour_andStaysThere() {
        assertThat(Backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.after(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.after(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(Backoff.after(8)).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.after(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void thereIsNoWaitBeforeAFailure() {
        assertThatThrownBy(() -> Backoff.after(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
