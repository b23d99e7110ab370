package org.entente.cli.launcher;

import java.time.Duration;
import java.util.List;

/** The command line of each launch of a service, and what to do once that launch has ended. */
interface LaunchPlan {

    List<String> nextCommand();

    /** How long the process of the last launch may take to stop gracefully before it is killed. */
    default Duration stopGrace() {
        return Duration.ofSeconds(20);
    }

    /** Called once the process of the last launch has ended, before any next launch. */
    default void ended() {
    }

    static LaunchPlan fixed(List<String> command) {
        return () -> command;
    }
}
