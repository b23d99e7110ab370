package org.entente.cli.launcher;

import org.entente.devstack.BrokerJvm;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Kafka broker of an installation, and its storage formatter, run from the CLI's jar extracted and from a
 * class-data sharing archive of their own, as the services are ({@link ClassDataArchive}): through Spring Boot's
 * launcher, a broker read its classes out of the nested jars and took about 4.8 s of CPU to listen; from the
 * archive, about 2.4 s (BENCHMARKS.md, issue 30). Only when {@code ENTENTE_CLASS_DATA_SHARING=on} and the CLI runs
 * from its jar; otherwise, and when the jar cannot be extracted, the broker runs from the class path as before.
 */
final class BrokerFromArchive implements BrokerJvm {

    private final ClassDataArchive archive;
    private ClassDataArchive.Launch last;

    private BrokerFromArchive(ClassDataArchive archive) {
        this.archive = archive;
    }

    /** The broker's JVMs for this launcher: from the archive when wanted and possible, else from the class path. */
    static BrokerJvm forThisLauncher() {
        String classPath = System.getProperty("java.class.path");
        if (!ClassDataArchive.WANTED || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return BrokerJvm.FROM_CLASS_PATH;
        }
        ClassDataArchive archive = ClassDataArchive.forJar(Path.of(classPath), "broker.jsa", List.of());
        return archive.extracted() ? new BrokerFromArchive(archive) : BrokerJvm.FROM_CLASS_PATH;
    }

    @Override
    public List<String> formatter(String mainClass, List<String> options, List<String> arguments) {
        // It maps the broker's archive when there is one, and writes none: it lives a second.
        return command(options, archive.mapping(), mainClass, arguments);
    }

    @Override
    public synchronized List<String> broker(String mainClass, List<String> options, List<String> arguments) {
        last = archive.nextLaunch(List.of());
        return command(options, last.options(), mainClass, arguments);
    }

    @Override
    public synchronized void brokerEnded() {
        if (last != null) {
            archive.afterExit(last);
            last = null;
        }
    }

    private List<String> command(List<String> options, List<String> sharing, String mainClass,
                                 List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(ServiceJvm.javaExecutable(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
        command.addAll(options);
        command.addAll(sharing);
        command.addAll(List.of("-cp", archive.runnableJar().toString(), mainClass));
        command.addAll(arguments);
        return command;
    }
}
