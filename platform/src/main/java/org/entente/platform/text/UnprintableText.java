package org.entente.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.Locale;

/** A string of a request body holds a character that is not accepted (see {@link PrintableText}). */
public final class UnprintableText extends JsonMappingException {

    private final char character;

    UnprintableText(JsonParser parser, char character) {
        super(parser, "Text holds the character " + code(character) + ", which is not accepted");
        this.character = character;
    }

    /** The character as {@code U+0000}, never itself: it is not printable. */
    public String character() {
        return code(character);
    }

    private static String code(char character) {
        return String.format(Locale.ROOT, "U+%04X", (int) character);
    }
}
