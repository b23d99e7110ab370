package org.entente.cli.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A service's log for one run, bounded in size: its output is copied into {@code name.log}, and when that file
 * reaches its limit it is rotated like the log of an earlier run ({@link Logs}) and a new one begun. A service
 * therefore never keeps more than {@code (Logs.KEPT + 1) × limit} bytes of logs, however long it runs or however
 * much it says; each file exceeds the limit by at most one read of its output (8 KiB).
 */
final class CappedLog implements AutoCloseable {

    /** 20 MiB a file, six files: at most 120 MiB per service. */
    static final long DEFAULT_LIMIT = 20L * 1024 * 1024;

    private final Path path;
    private final long limit;
    private OutputStream out;
    private long size;

    private CappedLog(Path path, long limit) {
        this.path = path;
        this.limit = limit;
        open();
    }

    /** Begins this run's log: the previous run's becomes {@code name.log.1}, and so on. */
    static CappedLog startRun(Path path, long limit) {
        Logs.rotate(path);
        return new CappedLog(path, limit);
    }

    Path path() {
        return path;
    }

    /** Copies a process's output into the log until the process closes it (it ended), on a thread of its own. */
    Thread follow(InputStream output, String name) {
        Thread pump = new Thread(() -> copy(output), name + "-log");
        pump.setDaemon(true);
        pump.start();
        return pump;
    }

    private void copy(InputStream output) {
        byte[] buffer = new byte[8192];
        try (output) {
            for (int read = output.read(buffer); read >= 0; read = output.read(buffer)) {
                write(buffer, read);
            }
        } catch (IOException ended) {
            // The process is gone; what it wrote is in the file.
        }
    }

    synchronized void write(byte[] bytes, int length) throws IOException {
        if (size >= limit) {
            out.close();
            Logs.rotate(path);
            open();
        }
        out.write(bytes, 0, length);
        out.flush();
        size += length;
    }

    private void open() {
        try {
            out = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            size = Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open " + path, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
