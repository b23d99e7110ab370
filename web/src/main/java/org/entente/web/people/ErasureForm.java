package org.entente.web.people;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * Whose personal data to erase, and the administrator's confirmation that they mean it: an erasure cannot be
 * undone. The key made when the form was shown makes a second submission of the same form erase nothing more.
 */
public class ErasureForm {

    @NotBlank @Size(max = FormValues.LONGEST) @Pattern(regexp = FormValues.PRINTABLE)
    private String personId;
    @AssertTrue
    private boolean confirmed;
    @NotBlank @Size(max = 255)
    private String idempotencyKey = UUID.randomUUID().toString();

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
