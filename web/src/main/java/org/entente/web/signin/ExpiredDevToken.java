package org.entente.web.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Instant;

/** A development token lives an hour; past it the person is signed out and asked to sign in again. */
final class ExpiredDevToken extends OncePerRequestFilter {

    private final SecurityContextRepository contexts;

    ExpiredDevToken(SecurityContextRepository contexts) {
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof DevAuthentication dev
                && dev.hasExpired(Instant.now())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/signin?expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
