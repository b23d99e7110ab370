package org.entente.web.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * What both forms on a person carry: the person found, and the key made when the form was shown, so that a second
 * submission of the same form acts no more than the first.
 */
public abstract class PersonForm {

    @NotBlank @Size(max = FormValues.LONGEST) @Pattern(regexp = FormValues.PRINTABLE)
    private String personId;
    @NotBlank @Size(max = 255)
    private String idempotencyKey = UUID.randomUUID().toString();

    /** A new key, after a refusal: a retry with the old one would replay the refusal instead of acting. */
    void renewKey() {
        idempotencyKey = UUID.randomUUID().toString();
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
