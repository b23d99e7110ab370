package org.entente.web.people;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The corrected name, or capacity as a signatory, of the person found, or both; an empty field leaves its value as
 * it is.
 */
public class RectificationForm extends PersonForm {

    @Size(max = FormValues.LONGEST) @Pattern(regexp = FormValues.PRINTABLE)
    private String name;
    @Size(max = FormValues.LONGEST) @Pattern(regexp = FormValues.PRINTABLE)
    private String capacity;

    /** A blank form for the person found. */
    static RectificationForm of(String personId) {
        RectificationForm form = new RectificationForm();
        form.setPersonId(personId);
        return form;
    }

    /** Whether the form corrects anything at all. */
    boolean correctsSomething() {
        return FormValues.given(name) != null || FormValues.given(capacity) != null;
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
}
