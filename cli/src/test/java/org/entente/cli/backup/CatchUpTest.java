package org.entente.cli.backup;

import org.entente.devstack.DevSigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A restore's catch-up against services that take connections and never answer ends at its deadline. */
class CatchUpTest {

    @TempDir
    Path home;

    @Test
    void servicesThatNeverAnswer_endTheWaitAtItsDeadline_sayingWhatItLastSaw() throws Exception {
        List<Socket> held = Collections.synchronizedList(new ArrayList<>());
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (java.io.IOException closed) {
                    // The test is over.
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            URI service = URI.create("http://localhost:" + silent.getLocalPort());
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, "2026-12-06T00:00:00Z", 40, 5, 40,
                    40, 0, Map.of());
            long began = System.nanoTime();

            assertThatThrownBy(() -> CatchUp.await(service, service, service, DevSigningKey.loadOrCreate(home), manifest,
                    Duration.ofSeconds(3))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Waited 3 s for the read models to be rebuilt")
                    .hasMessageContaining("(no answer) of 5 partnerships visible")
                    .hasMessageContaining("(no answer) records for the notifier to read");

            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(8));
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
