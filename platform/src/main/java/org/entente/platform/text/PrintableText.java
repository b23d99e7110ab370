package org.entente.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;

/**
 * Every string of a request body is checked as it is read: a control character (but tab, line feed and carriage
 * return), a lone surrogate or a non-character is refused with {@link UnprintableText}. Such text shows nothing a
 * person could read, and some of it (NUL above all) no PostgreSQL text or jsonb column can hold: stored, it would
 * be an event the read side could never take.
 */
public final class PrintableText extends SimpleModule {

    public PrintableText() {
        super("entente-printable-text");
        addDeserializer(String.class, new Checked());
    }

    /** The index of the first character not accepted, or -1. */
    public static int firstUnprintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (refused(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean refused(char c) {
        boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
        return control || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }

    private static final class Checked extends StdScalarDeserializer<String> {

        Checked() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            int at = text == null ? -1 : firstUnprintable(text);
            if (at >= 0) {
                throw new UnprintableText(parser, text.charAt(at));
            }
            return text;
        }
    }
}
