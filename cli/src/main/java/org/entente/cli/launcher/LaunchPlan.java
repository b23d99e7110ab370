package org.entente.cli.launcher;

import java.util.List;

/** The command line of each launch of a service, and what to do once that launch has ended. */
interface LaunchPlan {

    List<String> nextCommand();

    /** Called once the process of the last launch has ended, before any next launch. */
    default void ended() {
    }

    static LaunchPlan fixed(List<String> command) {
        return () -> command;
    }
}
