package org.entente.web.people;

import java.util.regex.Pattern;

/**
 * What the forms accept of a person's identifier and of a corrected value, as the command side does (1 to 200
 * characters, no control character): the page refuses early, in the person's language, what it would refuse.
 */
final class FormValues {

    static final int LONGEST = 200;
    /**
     * No control character, as {@link Character#isISOControl} counts them on the command side: {@code \p{Cc}}.
     * {@code \p{Cntrl}} knows ASCII's alone: it let C1 controls (U+0080 to U+009F) through to the service's refusal.
     */
    static final String PRINTABLE = "[^\\p{Cc}]*";
    private static final Pattern PRINTABLE_VALUE = Pattern.compile(PRINTABLE);

    private FormValues() {
    }

    /** Whether an identifier, as given, is one the command side would take. */
    static boolean acceptable(String value) {
        return value.length() <= LONGEST && PRINTABLE_VALUE.matcher(value).matches();
    }

    /** The value without its surrounding spaces; null when nothing is left, i.e. when the field was left empty. */
    static String given(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }
}
