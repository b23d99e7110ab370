package org.entente.devstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The port a Kafka server could not bind is read from its own words, else it is the broker's. */
class PortsInUseTest {

    @Test
    void thePortKafkaNames_isTheOneTaken() {
        String log = """
                Caused by: org.apache.kafka.common.KafkaException: Socket server failed to bind to localhost:42493: \
                Address already in use.
                Caused by: java.net.BindException: Address already in use""";

        assertThat(PortsInUse.named(log, 46641)).isEqualTo(42493);
    }

    @Test
    void aLogThatNamesNoPort_meansTheBrokersOwn() {
        assertThat(PortsInUse.named("java.net.BindException: Address already in use", 46641)).isEqualTo(46641);
    }
}
