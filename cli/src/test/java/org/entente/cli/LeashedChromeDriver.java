package org.entente.cli;

import java.io.File;

/**
 * Debian's chromedriver, and the Chromium it starts, on the leash of this JVM. Selenium quits the browser and stops
 * the driver when a test closes it; a JVM killed with SIGKILL does neither, and the driver and its browser would
 * run on. So Selenium starts this wrapper instead of the driver itself.
 *
 * <p>The wrapper moves into a session of its own, so the driver and the browser are one process group, apart from
 * the JVM's: a kill of the build's process group (CI's time limit) cannot take the wrapper along and leave the driver
 * behind. It watches the processes named in {@code ENTENTE_LEASH}, by their start time, so that a dead starter
 * whose pid was reused, or a zombie nobody reaped yet, counts as ended. Once one has ended, or when Selenium stops
 * it, or when the driver ends, it ends the whole group. A sentinel in the group ends the group too if the wrapper
 * itself is killed alone, as a kill by its name would (the sentinel's command line does not name the wrapper):
 * Chromium does not end with its driver.
 */
final class LeashedChromeDriver {

    private static final String WRAPPER = """
            #!/bin/sh
            if [ -z "${ENTENTE_DRIVER_SESSION:-}" ]; then
              export ENTENTE_DRIVER_SESSION=1
              exec setsid -w "$0" "$@"
            fi
            stat_field() { sed 's/^.*) //' /proc/"$1"/stat 2>/dev/null | cut -d' ' -f"$2"; }
            running() { state=$(stat_field "$1" 1); [ -n "$state" ] && [ "$state" != Z ]; }
            leash=""
            for starter in $(echo "${ENTENTE_LEASH:-}" | tr ',' ' '); do
              leash="$leash $starter:$(stat_field "$starter" 20)"
            done
            held() {
              for held in $leash; do
                pid=${held%%:*}
                [ "$(stat_field "$pid" 20)" = "${held#*:}" ] && running "$pid" || return 1
              done
            }
            ends() {
              trap '' TERM INT HUP
              for member in $(pgrep -g $$); do [ "$member" = $$ ] || kill -KILL "$member" 2>/dev/null; done
              exit 0
            }
            trap ends TERM INT HUP
            sh -c 'trap "" TERM INT HUP
              while state=$(sed "s/^.*) //" /proc/"$1"/stat 2>/dev/null | cut -d" " -f1) && [ -n "$state" ] \\
                  && [ "$state" != Z ]; do sleep 1; done
              kill -KILL -"$1"' leash-sentinel $$ &
            /usr/bin/chromedriver "$@" &
            driver=$!
            while running "$driver" && held; do
              sleep 1 & wait $!
            done
            ends
            """;

    private static File executable;

    private LeashedChromeDriver() {
    }

    /** The wrapper, written once per JVM into its temporary directory, for Selenium to start as the driver. */
    static synchronized File executable() {
        if (executable == null) {
            executable = TemporaryScript.write("chromedriver-on-a-leash-", WRAPPER).toFile();
        }
        return executable;
    }
}
