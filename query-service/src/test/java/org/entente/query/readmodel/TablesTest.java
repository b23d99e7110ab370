package org.entente.query.readmodel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TablesTest {

    @Test
    void aGenerationNamesEveryTable_inTheOrderTheIntakeLocksThem() {
        assertThat(Tables.LIVE.all()).containsExactly("partnership_event", "parked_event", "partnership",
                "partnership_partner", "partnership_deadline");
        assertThat(Tables.rebuiltBy(7).all()).containsExactly("partnership_event_r7", "parked_event_r7",
                "partnership_r7", "partnership_partner_r7", "partnership_deadline_r7");
        assertThat(Tables.retiredBy(7).partnerships()).isEqualTo("partnership_old7");
    }

    @Test
    void nothingButAGeneratedSuffix_reachesSql() {
        assertThatThrownBy(() -> new Tables("; DROP TABLE partnership")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tables("_r1 x")).isInstanceOf(IllegalArgumentException.class);
    }
}
