package org.entente.cli;

import java.nio.file.Path;

/**
 * Debian's {@code chromium-headless-shell}: Chromium's rendering engine without the browser around it, which the
 * browser tests drive instead of the whole browser. Same Blink, same V8, same pages; the browser process of the
 * whole one spent a third of the browser's CPU in {@code PagesAtEveryWidthIT} (BENCHMARKS.md, issue 30).
 *
 * <p>Started through a wrapper that opens {@code about:blank}: the shell opens no page without a URL, chromedriver
 * waits for one, and chromedriver turns every argument it is given into a switch ({@code --about:blank}).
 */
final class HeadlessShell {

    static final Path BINARY = Path.of("/usr/lib/chromium/chromium-headless-shell");

    private static final String WRAPPER = """
            #!/bin/sh
            exec %s "$@" about:blank
            """.formatted(BINARY);

    private static String executable;

    private HeadlessShell() {
    }

    /** The wrapper, written once per JVM into its temporary directory, for chromedriver to start as the browser. */
    static synchronized String executable() {
        if (executable == null) {
            executable = TemporaryScript.write("headless-shell-", WRAPPER).toString();
        }
        return executable;
    }
}
