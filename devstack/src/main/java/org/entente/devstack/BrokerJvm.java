package org.entente.devstack;

import java.util.List;

/**
 * How the JVMs of a {@link KafkaServer} are run: the storage formatter, once per fresh directory, and the broker.
 * By default from this JVM's class path ({@link #FROM_CLASS_PATH}); a launcher that starts many short-lived brokers
 * may run them from a class-data sharing archive instead.
 */
public interface BrokerJvm {

    /** From the class path of this JVM, or through Spring Boot's launcher when it runs from an executable jar. */
    BrokerJvm FROM_CLASS_PATH = new BrokerJvm() {
        @Override
        public List<String> formatter(String mainClass, List<String> options, List<String> arguments) {
            return JavaProcess.command(mainClass, options, arguments);
        }

        @Override
        public List<String> broker(String mainClass, List<String> options, List<String> arguments) {
            return JavaProcess.command(mainClass, options, arguments);
        }
    };

    /** The command line of the storage formatter: a JVM that lives a second. */
    List<String> formatter(String mainClass, List<String> options, List<String> arguments);

    /** The command line of the broker itself. */
    List<String> broker(String mainClass, List<String> options, List<String> arguments);

    /** Called once the broker's process has ended, whether it stopped or never listened. */
    default void brokerEnded() {
    }
}
