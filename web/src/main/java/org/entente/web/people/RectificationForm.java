package org.entente.web.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * Whose name, or capacity as a signatory, to correct, and the corrected value of either or both; an empty field
 * leaves its value as it is. The key made when the form was shown makes a second submission correct nothing more.
 */
public class RectificationForm {

    @NotBlank @Size(max = FormValues.LONGEST) @Pattern(regexp = FormValues.PRINTABLE)
    private String personId;
    @Size(max = FormValues.LONGEST) @Pattern(regexp = FormValues.PRINTABLE)
    private String name;
    @Size(max = FormValues.LONGEST) @Pattern(regexp = FormValues.PRINTABLE)
    private String capacity;
    @NotBlank @Size(max = 255)
    private String idempotencyKey = UUID.randomUUID().toString();

    /** Whether the form corrects anything at all. */
    boolean correctsSomething() {
        return FormValues.given(name) != null || FormValues.given(capacity) != null;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
