package org.entente.platform.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.entente.events.PartnershipTopic;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Declares the partnership topic before the publisher or the consumers start (beans initialise before event
 * processors run; a consumer started on a missing topic gets no partition and never reads it), whichever service
 * starts first: keyed by partnership id for per-partnership order, several partitions, retention unlimited
 * because the topic is the replay source of every read model and subscriber. An existing topic is left as it is.
 */
public class TopicProvisioning implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioning.class);

    private final KafkaProperties kafka;
    private final TopicSettings settings;

    public TopicProvisioning(KafkaProperties kafka, TopicSettings settings) {
        this.kafka = kafka;
        this.settings = settings;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        NewTopic topic = new NewTopic(kafka.getDefaultTopic(), Optional.of(settings.partitions()), Optional.empty())
                .configs(PartnershipTopic.SETTINGS);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", kafka.getBootstrapServers())))) {
            try {
                admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
                log.info("Created topic {} with {} partitions", topic.name(), settings.partitions());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                requireKeptForever(admin, topic.name());
            }
        }
    }

    /** A topic that deletes old records would silently lose the replay source: refuse to run on it. */
    private static void requireKeptForever(Admin admin, String name) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        String retention = admin.describeConfigs(List.of(resource)).all().get(60, TimeUnit.SECONDS)
                .get(resource).get(TopicConfig.RETENTION_MS_CONFIG).value();
        if (!"-1".equals(retention)) {
            throw new IllegalStateException("Topic " + name + " keeps records for " + retention + " ms only; "
                    + "the partnership stream must be kept forever (retention.ms=-1)");
        }
    }
}
