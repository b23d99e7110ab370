package org.entente.command.partnership;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

@Configuration
class PartnershipConfiguration {

    /**
     * Decisions take the time from here, never from {@code now()}, so tests can fix it. Its zone gives the
     * calendar dates of effect (activation, notice, dissolution): the partners' legal calendar, not UTC's.
     */
    @Bean
    Clock clock(@Value("${entente.time-zone:Europe/Paris}") ZoneId zone) {
        return Clock.system(zone);
    }
}
