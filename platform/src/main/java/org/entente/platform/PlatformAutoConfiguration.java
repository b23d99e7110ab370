package org.entente.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.entente.platform.kafka.TopicProvisioning;
import org.entente.platform.kafka.TopicSettings;
import org.entente.platform.problem.ProblemSecurityHandlers;
import org.entente.platform.security.BearerTokens;
import org.entente.platform.security.JwtSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** The shared beans of a service: problem+json security refusals, the token decoder, the topic's declaration. */
@AutoConfiguration
@EnableConfigurationProperties({JwtSettings.class, TopicSettings.class})
public class PlatformAutoConfiguration {

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(ObjectMapper json) {
        return new ProblemSecurityHandlers(json);
    }

    /** Request bodies hold printable text only (Spring Boot adds every Jackson module bean to its mapper). */
    @Bean
    org.entente.platform.text.PrintableText printableText() {
        return new org.entente.platform.text.PrintableText();
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(JwtSettings settings) {
        return BearerTokens.decoder(settings);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaProperties.class)
    static class Topic {

        @Bean
        TopicProvisioning topicProvisioning(KafkaProperties kafka, TopicSettings settings) {
            return new TopicProvisioning(kafka, settings);
        }

        /** The broker's part of the service's health (issue 9: health that tells the truth). */
        @Bean("broker")
        @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
        org.entente.platform.kafka.BrokerHealth brokerHealth(KafkaProperties kafka) {
            return new org.entente.platform.kafka.BrokerHealth(kafka);
        }
    }
}
