package org.entente.command.faults;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * A late-committing transaction, on request: a command sent with {@code Entente-Fault: hold-commit=SECONDS} has its
 * events stored, then holds its transaction open that long before committing, the database's idle timeout lifted
 * for it alone. This is how the battery shows that an event committing after later ones is never skipped.
 */
@Configuration
@ConditionalOnProperty(name = "entente.faults.enabled", havingValue = "true")
class HeldCommits {

    static final String HEADER = "Entente-Fault";
    private static final Logger log = LoggerFactory.getLogger(HeldCommits.class);
    private static final ThreadLocal<Duration> REQUESTED = new ThreadLocal<>();

    /** Reads the header; the command bus handles the command on this same thread. */
    @Bean
    OncePerRequestFilter heldCommitRequests() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                String fault = request.getHeader(HEADER);
                if (fault != null && fault.startsWith("hold-commit=")) {
                    REQUESTED.set(Duration.ofSeconds(Long.parseLong(fault.substring("hold-commit=".length()))));
                }
                try {
                    chain.doFilter(request, response);
                } finally {
                    REQUESTED.remove();
                }
            }
        };
    }

    @Bean
    SmartInitializingSingleton heldCommitsOnTheCommandBus(CommandBus commands, JdbcTemplate jdbc) {
        return () -> commands.registerHandlerInterceptor(new HoldBeforeCommit(jdbc));
    }

    /**
     * Registered after the command's handler ran, its step comes after the event store's in the prepare-commit
     * phase: the events, their global indexes and their leaves are written, the transaction not yet committed.
     */
    private record HoldBeforeCommit(JdbcTemplate jdbc) implements MessageHandlerInterceptor<CommandMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            Object result = chain.proceed();
            Duration hold = REQUESTED.get();
            if (hold != null) {
                unitOfWork.onPrepareCommit(u -> hold(hold));
            }
            return result;
        }

        private void hold(Duration hold) {
            jdbc.execute("SET LOCAL idle_in_transaction_session_timeout = 0");
            log.warn("Fault injected: holding a stored command's transaction open for {} s", hold.toSeconds());
            long deadline = System.nanoTime() + hold.toNanos();
            // Axon interrupts a unit of work after 60 s; the late transaction the battery needs outlasts that.
            while (System.nanoTime() < deadline) {
                try {
                    Thread.sleep(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException ignored) {
                    log.warn("Fault injected: the held transaction was interrupted, and goes on being held");
                }
            }
        }
    }
}
