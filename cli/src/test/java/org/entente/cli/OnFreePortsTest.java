package org.entente.cli;

import org.entente.cli.launcher.PortTaken;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnFreePortsTest {

    @Test
    void aStartThatFoundAPortTaken_isMadeAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        String started = OnFreePorts.start(() -> {
            if (attempts.incrementAndGet() < OnFreePorts.ATTEMPTS) {
                throw new PortTaken("port 1 is taken by pid 2");
            }
            return "up";
        });

        assertThat(started).isEqualTo("up");
        assertThat(attempts).hasValue(OnFreePorts.ATTEMPTS);
    }

    @Test
    void aPortTakenEveryTime_failsAfterTheLastAttempt_namingIt() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> OnFreePorts.start(() -> {
            attempts.incrementAndGet();
            throw new PortTaken("port 1 is taken by pid 2");
        })).isInstanceOf(PortTaken.class).hasMessageContaining("taken by pid 2");
        assertThat(attempts).hasValue(OnFreePorts.ATTEMPTS);
    }

    @Test
    void anyOtherFailure_isNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> OnFreePorts.start(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("command-service stopped with exit code 1");
        })).isInstanceOf(IllegalStateException.class).isNotInstanceOf(PortTaken.class);
        assertThat(attempts).hasValue(1);
    }
}
