package org.entente.notifier;

import org.entente.leash.Leash;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import java.time.ZoneId;

/** The notifier service: one consumer of the topic, one outbox of mails, one postman. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NotifierApplication {

    /** The product's time zone: dates in mails are days in Paris, as the partnerships' calendars are. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public static void main(String[] args) {
        Leash.holdIfAsked();
        SpringApplication.run(NotifierApplication.class, args);
    }

    /** The one clock of the service; tests move their own. */
    @Bean
    Clock clock() {
        return Clock.system(PARIS);
    }
}
