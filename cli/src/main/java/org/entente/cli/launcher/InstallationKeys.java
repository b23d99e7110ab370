package org.entente.cli.launcher;

import org.entente.devstack.DevSigningKey;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys an installation keeps in its data directory, which nothing can rebuild: the development JWT key pair
 * and the ledger's checkpoint signing key (created by command-service on first run). A backup carries them.
 */
public final class InstallationKeys {

    static final String LEDGER = "ledger-signing-key";
    public static final List<String> FILES = files();

    private InstallationKeys() {
    }

    private static List<String> files() {
        List<String> files = new ArrayList<>(DevSigningKey.FILES);
        files.add(LEDGER);
        return List.copyOf(files);
    }
}
