package org.entente.web;

import org.entente.devstack.DataDirectory;
import org.entente.devstack.DevSigningKey;
import org.springframework.beans.factory.annotation.Value;
import org.entente.web.signin.WhenDevelopment;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * French by default, English on request: the browser's {@code Accept-Language} decides until the person picks a
 * language with the switch ({@code ?lang=}), which a cookie then remembers.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final Locale FRENCH = Locale.FRENCH;
    /** British English: day before month, as the French read dates too. */
    static final Locale ENGLISH = Locale.UK;
    static final java.util.Set<String> SUPPORTED = java.util.Set.of("fr", "en");

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** messages_fr and messages_en; any other language reads the French ones, never the server's locale. */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(FRENCH);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("entente-lang") {
            @Override
            public void setLocale(jakarta.servlet.http.HttpServletRequest request,
                                  jakarta.servlet.http.HttpServletResponse response, Locale locale) {
                // Only the languages every label is translated into; anything else keeps the current one.
                if (locale == null || SUPPORTED.contains(locale.getLanguage())) {
                    super.setLocale(request, response, locale == null ? null
                            : "en".equals(locale.getLanguage()) ? ENGLISH : FRENCH);
                }
            }
        };
        resolver.setDefaultLocaleFunction(request -> {
            String accepted = request.getHeader("Accept-Language");
            if (accepted != null && !accepted.isBlank()) {
                Locale preferred = request.getLocale();
                if ("en".equals(preferred.getLanguage())) {
                    return ENGLISH;
                }
            }
            return FRENCH;
        });
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** The development key signs the development sign-in's tokens; never loaded when a provider is configured. */
    @Bean
    @WhenDevelopment
    DevSigningKey developmentKey(@Value("${entente.dev.home:}") String home) {
        return DevSigningKey.loadOrCreate(home.isBlank() ? DataDirectory.resolve() : java.nio.file.Path.of(home));
    }
}
