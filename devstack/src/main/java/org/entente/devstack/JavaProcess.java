package org.entente.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * A command line that runs a main class of this JVM's class path in a process of its own: from a Spring Boot
 * executable jar (the CLI as installed) through Boot's {@code PropertiesLauncher}, else from the plain class path
 * (the tests); its temporary directory is its starter's.
 */
final class JavaProcess {

    private JavaProcess() {
    }

    static List<String> command(String mainClass, List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Its temporary files (a test class path's logging writes spring.log there) where its starter keeps its
        // own: under target/ for a test.
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.addAll(jvmOptions);
        String classPath = System.getProperty("java.class.path");
        if (isBootJar(classPath)) {
            command.addAll(List.of("-Dloader.main=" + mainClass, "-cp", classPath,
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-cp", classPath, mainClass));
        }
        command.addAll(arguments);
        return command;
    }

    private static boolean isBootJar(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/lib/") != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
