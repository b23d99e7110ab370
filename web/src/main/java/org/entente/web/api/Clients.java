package org.entente.web.api;

import org.entente.web.signin.SignedIn;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One HTTP client per service. Every request carries the signed-in person's bearer token, every error answer
 * becomes a {@link Refusal} with the problem's code, and no answer at all an {@link Unreachable}.
 */
final class Clients {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private Clients() {
    }

    static RestClient forService(URI baseUrl, SignedIn signedIn) {
        return builder(baseUrl).requestInitializer(request -> request.getHeaders().setBearerAuth(signedIn.token()))
                .build();
    }

    /** Without a token: for what the service opens to anyone, such as a calendar feed read by its secret. */
    static RestClient anonymous(URI baseUrl) {
        return builder(baseUrl).build();
    }

    /** A request to {@code service}; one that gets no answer at all becomes {@link Unreachable}. */
    static <T> T call(String service, Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException e) {
            throw new Unreachable(service, e);
        }
    }

    private static RestClient.Builder builder(URI baseUrl) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HTTP);
        requests.setReadTimeout(Duration.ofSeconds(30));
        return RestClient.builder().baseUrl(baseUrl.toString()).requestFactory(requests)
                .defaultStatusHandler(status -> status.isError(),
                        (request, response) -> {
                            throw Problems.read(response.getStatusCode(), response.getBody().readAllBytes());
                        })
                .defaultHeader(HttpHeaders.ACCEPT, "application/json");
    }
}
