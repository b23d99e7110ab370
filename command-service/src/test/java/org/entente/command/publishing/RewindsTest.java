package org.entente.command.publishing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The publisher reads the topic's end again when its processor goes back, and only then. */
class RewindsTest {

    private final Rewinds rewinds = new Rewinds();

    @Test
    void eventsFillingGaps_underTheSameHighestPosition_areNoWayBack() {
        assertThat(rewinds.wentBack(5)).isFalse();
        assertThat(rewinds.wentBack(7)).isFalse();
        assertThat(rewinds.wentBack(7)).as("a gap below 7 filled").isFalse();
        assertThat(rewinds.wentBack(7)).isFalse();
        assertThat(rewinds.wentBack(8)).isFalse();
    }

    @Test
    void aLowerPosition_isAWayBack_toldOnceUntilPastTheHighestAgain() {
        rewinds.wentBack(9);

        assertThat(rewinds.wentBack(3)).isTrue();
        assertThat(rewinds.wentBack(4)).isFalse();
        assertThat(rewinds.wentBack(9)).isFalse();
        assertThat(rewinds.wentBack(10)).isFalse();
        assertThat(rewinds.wentBack(2)).as("a second way back").isTrue();
    }

    @Test
    void anEventWithoutAPosition_isNoWayBack() {
        rewinds.wentBack(4);

        assertThat(rewinds.wentBack(-1)).isFalse();
    }
}
