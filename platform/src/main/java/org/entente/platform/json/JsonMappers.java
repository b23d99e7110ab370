package org.entente.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Two readers of JSON with two duties. HTTP bodies are strict: an unknown field is a client's mistake and is
 * refused. Events, metadata and positions are read tolerantly by Axon (it looks for the bean named
 * {@code defaultAxonObjectMapper}), so that a reader one revision behind still reads a newer event's known fields
 * instead of stalling on it. Imported by each service's application class: as a configuration of its own it is
 * read before Spring's and Axon's auto-configurations, whose mappers then stand back.
 */
@Configuration
public class JsonMappers {

    @Bean
    @Primary
    ObjectMapper objectMapper(Jackson2ObjectMapperBuilder spring) {
        return spring.build();
    }

    @Bean
    ObjectMapper defaultAxonObjectMapper(Jackson2ObjectMapperBuilder spring) {
        return spring.failOnUnknownProperties(false).build();
    }
}
