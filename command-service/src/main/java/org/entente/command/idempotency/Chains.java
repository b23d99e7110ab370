package org.entente.command.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import java.io.IOException;

/** Lets a filter chain run inside a transaction callback, which takes no checked exceptions. */
final class Chains {

    private Chains() {
    }

    static void proceed(FilterChain chain, ServletRequest request, ServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException e) {
            throw new Failure(e);
        }
    }

    /** A checked failure of the chain, carried out of the callback and thrown again as it was. */
    static final class Failure extends RuntimeException {

        Failure(Exception cause) {
            super(cause);
        }

        ServletException unwrap() throws IOException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            return (ServletException) getCause();
        }
    }
}
