package org.entente.command.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description served at /v3/api-docs and /swagger-ui: what each step does and how to authenticate. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI ententeCommands() {
        return new OpenAPI()
                .info(new Info().title("Entente command service").version("0.1.0")
                        .description("Every step of a partnership between institutions, from proposal to "
                                + "dissolution. Each accepted step answers the new version as ETag; send it back "
                                + "as If-Match to refuse a step if anything changed since. Errors are RFC 9457 "
                                + "problem details with a stable `code`.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
