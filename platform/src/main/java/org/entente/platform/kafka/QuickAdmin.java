package org.entente.platform.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.axonframework.extensions.kafka.KafkaProperties;

import java.util.Map;

/**
 * An admin client for a health check: it answers within a few seconds or not at all, so that a health request
 * never hangs on an unreachable broker. ({@code default.api.timeout.ms} may not be below {@code request.timeout.ms}.)
 */
public final class QuickAdmin {

    private static final int TIMEOUT_MS = 3000;

    private QuickAdmin() {
    }

    public static Admin create(KafkaProperties kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", kafka.getBootstrapServers()), AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS));
    }
}
