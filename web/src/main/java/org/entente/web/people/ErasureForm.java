package org.entente.web.people;

import jakarta.validation.constraints.AssertTrue;

/** An erasure of the person found, and the administrator's confirmation that they mean it: it cannot be undone. */
public class ErasureForm extends PersonForm {

    @AssertTrue
    private boolean confirmed;

    /** A blank form for the person found. */
    static ErasureForm of(String personId) {
        ErasureForm form = new ErasureForm();
        form.setPersonId(personId);
        return form;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
