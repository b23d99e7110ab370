package org.entente.devstack;

import java.nio.file.Path;

/** Where Entente keeps a developer's local files: {@code $ENTENTE_HOME}, else the XDG data directory. */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path resolve() {
        String explicit = System.getenv("ENTENTE_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("entente");
    }
}
