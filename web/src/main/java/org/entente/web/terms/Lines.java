package org.entente.web.terms;

import java.util.Arrays;
import java.util.List;

/** A list typed one item per line in a text area. */
public final class Lines {

    private Lines() {
    }

    public static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
    }
}
