package org.entente.cli.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ports {@code up} needs, bound before anything starts: a port another process holds is refused with a
 * message naming the port and that process, rather than failing halfway with a service's stack trace.
 */
final class Ports {

    private Ports() {
    }

    /** A port that is needed, what needs it, and the option that moves it. */
    record Need(int port, String what, String option) {
    }

    /**
     * Binds the ports an installation with these settings is about to listen on (the broker's only if it runs
     * one, the mail's only with mail) and holds them until each is handed over; throws {@link PortTaken}, naming the holder, if one is taken.
     */
    static HeldPorts holdFor(StackSettings settings, Mailing mailing) {
        return hold(List.of(
                new Need(settings.externalKafka() == null ? settings.kafkaPort() : 0, "the Kafka broker",
                        "--kafka-port"),
                new Need(settings.commandPort(), "command-service", "--command-port"),
                new Need(settings.queryPort(), "query-service", "--query-port"),
                new Need(settings.webPort(), "the web application", "--web-port"),
                new Need(mailing == null ? 0 : mailing.notifierPort(), "the notifier", "--notifier-port"),
                new Need(mailing == null ? 0 : mailing.smtpPort(), "the local mail server", "--smtp-port")));
    }

    static HeldPorts hold(List<Need> needs) {
        HeldPorts held = new HeldPorts();
        for (Need need : needs) {
            if (need.port() == 0) {
                continue;
            }
            try {
                held.hold(need.port(), bound(need.port()));
            } catch (IOException taken) {
                held.close();
                throw taken(need);
            }
        }
        return held;
    }

    /** The refusal for a port found taken, naming the process that holds it when Linux tells. */
    static PortTaken taken(Need need) {
        String holder = holderOf(need.port()).map(pid -> "by pid " + pid + " (" + commandOf(pid) + ")")
                .orElse("by another process");
        return new PortTaken("port " + need.port() + ", which " + need.what() + " needs, is taken " + holder
                + ". Stop it, or choose another port with " + need.option() + ".");
    }

    static boolean free(int port) {
        try (ServerSocket socket = bound(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static ServerSocket bound(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(port));
            return socket;
        } catch (IOException taken) {
            socket.close();
            throw taken;
        }
    }

    /** The process listening on the port, found as Linux tells it: the socket's inode, then whose descriptor it is. */
    static Optional<Long> holderOf(int port) {
        Optional<String> inode = listeningInode(port);
        if (inode.isEmpty()) {
            return Optional.empty();
        }
        String link = "socket:[" + inode.get() + "]";
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> holds(p.resolve("fd"), link))
                    .map(p -> Long.parseLong(p.getFileName().toString())).findFirst();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> listeningInode(int port) {
        String hexPort = ":" + String.format(Locale.ROOT, "%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try (Stream<String> lines = Files.lines(Path.of(table))) {
                Optional<String> inode = lines.skip(1).map(String::trim).map(line -> line.split("\\s+"))
                        .filter(f -> f.length > 9 && f[1].endsWith(hexPort) && "0A".equals(f[3]))
                        .map(f -> f[9]).findFirst();
                if (inode.isPresent()) {
                    return inode;
                }
            } catch (IOException notLinux) {
                // Another system: the message names the port only.
            }
        }
        return Optional.empty();
    }

    private static boolean holds(Path descriptors, String link) {
        try (Stream<Path> fds = Files.list(descriptors)) {
            return fds.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().equals(link);
                } catch (IOException gone) {
                    return false;
                }
            });
        } catch (IOException notOurs) {
            return false;
        }
    }

    private static String commandOf(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).orElse("command unknown");
    }
}
