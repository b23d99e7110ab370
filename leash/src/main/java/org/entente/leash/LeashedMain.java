package org.entente.leash;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs another program's main class on the leash ({@link Leash}): {@code java -cp … org.entente.leash.LeashedMain
 * kafka.Kafka server.properties}. For servers whose code is not ours, such as the development installation's
 * Kafka broker; the process keeps its pid, and the main class stays on its command line.
 */
public final class LeashedMain {

    private LeashedMain() {
    }

    public static void main(String[] arguments) throws Throwable {
        if (arguments.length == 0) {
            throw new IllegalArgumentException("usage: LeashedMain <main class> [arguments…]");
        }
        Leash.holdIfAsked();
        Method main = Class.forName(arguments[0], true, LeashedMain.class.getClassLoader())
                .getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(arguments, 1, arguments.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
