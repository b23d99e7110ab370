package org.entente.web;

import org.entente.leash.Leash;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The people-facing application of Entente: pages over the two services' public HTTP APIs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApplication {

    public static void main(String[] args) {
        // Started by ./entente or a test: ends with its starter, even one killed with SIGKILL.
        Leash.holdIfAsked();
        SpringApplication.run(WebApplication.class, args);
    }
}
