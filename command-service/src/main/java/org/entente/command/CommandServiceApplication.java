package org.entente.command;

import org.entente.leash.Leash;
import org.entente.platform.json.JsonMappers;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@Import(JsonMappers.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class CommandServiceApplication {

    public static void main(String[] args) {
        // Started by ./entente or a test: ends with its starter, even one killed with SIGKILL.
        Leash.holdIfAsked();
        SpringApplication.run(CommandServiceApplication.class, args);
    }
}
