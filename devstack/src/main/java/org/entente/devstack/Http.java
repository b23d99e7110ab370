package org.entente.devstack;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * HTTP clients for the CLI and the tests that never wait without a deadline: a connection is refused after
 * {@link #CONNECT}, and a request that sets no timeout of its own gets {@link #REQUEST} (until the response's
 * headers; a streamed body is read by its caller, under its caller's deadline). A service that accepts connections
 * and never answers (stopped with SIGSTOP, stuck in a pause) then ends a wait with an error instead of holding it.
 */
public final class Http {

    public static final Duration CONNECT = Duration.ofSeconds(5);
    public static final Duration REQUEST = Duration.ofSeconds(30);

    private Http() {
    }

    /** A client with the default timeouts. */
    public static HttpClient client() {
        return client(UnaryOperator.identity());
    }

    /** A client with the default timeouts and what {@code settings} adds (a cookie jar, redirects). */
    public static HttpClient client(UnaryOperator<HttpClient.Builder> settings) {
        return new Bounded(settings.apply(HttpClient.newBuilder().connectTimeout(CONNECT)).build(), REQUEST);
    }

    /** The request as it is sent: with its own timeout, or with {@code fallback} when it has none. */
    static HttpRequest bounded(HttpRequest request, Duration fallback) {
        if (request.timeout().isPresent()) {
            return request;
        }
        return HttpRequest.newBuilder(request, (name, value) -> true).timeout(fallback).build();
    }

    /** Delegates everything, giving each request without a timeout the fallback one. */
    private static final class Bounded extends HttpClient {

        private final HttpClient client;
        private final Duration fallback;

        Bounded(HttpClient client, Duration fallback) {
            this.client = client;
            this.fallback = fallback;
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            return client.send(bounded(request, fallback), handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                HttpResponse.BodyHandler<T> handler) {
            return client.sendAsync(bounded(request, fallback), handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> pushes) {
            return client.sendAsync(bounded(request, fallback), handler, pushes);
        }

        @Override
        public Optional<CookieHandler> cookieHandler() {
            return client.cookieHandler();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return client.connectTimeout();
        }

        @Override
        public Redirect followRedirects() {
            return client.followRedirects();
        }

        @Override
        public Optional<ProxySelector> proxy() {
            return client.proxy();
        }

        @Override
        public SSLContext sslContext() {
            return client.sslContext();
        }

        @Override
        public SSLParameters sslParameters() {
            return client.sslParameters();
        }

        @Override
        public Optional<Authenticator> authenticator() {
            return client.authenticator();
        }

        @Override
        public Version version() {
            return client.version();
        }

        @Override
        public Optional<Executor> executor() {
            return client.executor();
        }
    }
}
