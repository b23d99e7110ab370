package org.entente.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Debian's chromedriver, and the Chromium it starts, on the leash of this JVM. Selenium quits the browser and stops
 * the driver when a test closes it; a JVM killed with SIGKILL does neither, and the driver and its browser would
 * run on. So Selenium starts this wrapper instead of the driver itself: it runs the driver, watches the processes
 * named in {@code ENTENTE_LEASH}, and once one has ended, or when Selenium stops it, ends the driver and every
 * process under it (the browser and its helpers).
 */
final class LeashedChromeDriver {

    private static final String WRAPPER = """
            #!/bin/sh
            /usr/bin/chromedriver "$@" &
            driver=$!
            ends() {
              for child in $(cat /proc/"$1"/task/*/children 2>/dev/null); do ends "$child"; done
              kill -KILL "$1" 2>/dev/null
            }
            trap 'ends "$driver"; exit 0' TERM INT HUP
            while kill -0 "$driver" 2>/dev/null; do
              for starter in $(echo "${ENTENTE_LEASH:-}" | tr ',' ' '); do
                kill -0 "$starter" 2>/dev/null || { ends "$driver"; exit 0; }
              done
              sleep 1 & wait $!
            done
            """;

    private static File executable;

    private LeashedChromeDriver() {
    }

    /** The wrapper, written once per JVM into its temporary directory, for Selenium to start as the driver. */
    static synchronized File executable() {
        if (executable == null) {
            try {
                Path wrapper = Files.createTempFile("chromedriver-on-a-leash-", ".sh",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                Files.writeString(wrapper, WRAPPER);
                wrapper.toFile().deleteOnExit();
                executable = wrapper.toFile();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return executable;
    }
}
