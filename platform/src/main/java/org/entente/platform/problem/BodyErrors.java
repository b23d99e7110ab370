package org.entente.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.entente.platform.text.UnprintableText;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.util.stream.Collectors;

/** Says in plain words what is wrong with an unreadable body, without echoing internals. */
public final class BodyErrors {

    private BodyErrors() {
    }

    public static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "' at " + path(unknown) + ".";
        }
        if (cause instanceof InvalidFormatException invalid) {
            return "Value '" + invalid.getValue() + "' at " + path(invalid) + " is not a valid "
                    + invalid.getTargetType().getSimpleName() + ".";
        }
        if (cause instanceof UnprintableText text) {
            return "The text at " + path(text) + " holds the character " + text.character()
                    + ", which is not accepted: only printable characters, tabs and line breaks are.";
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "Invalid value at " + path(mapping) + ".";
        }
        return "The request body is not valid JSON for this endpoint.";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
