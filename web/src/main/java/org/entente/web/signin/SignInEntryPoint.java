package org.entente.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * Sends a person who is not signed in to the sign-in; an htmx request is told to load that page whole
 * ({@code HX-Redirect}) rather than getting a sign-in page inside a fragment of another.
 */
final class SignInEntryPoint implements AuthenticationEntryPoint {

    private final String signIn;

    SignInEntryPoint(String signIn) {
        this.signIn = signIn;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String target = request.getContextPath() + signIn;
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.sendRedirect(target);
    }
}
