package org.entente.command.ledger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;

/**
 * Publishes checkpoints on a topic of their own, kept forever and in one partition so that they are read in the
 * order they were issued: anyone who can read it holds the signed history of the log's heads, and two different
 * heads for one size (a fork) could not be hidden from them. Keyed by the origin; the value is the signed note.
 */
@Component
class CheckpointPublisher implements DisposableBean {

    private final String topic;
    private final KafkaProducer<String, String> producer;

    CheckpointPublisher(KafkaProperties kafka, LedgerSettings settings) throws Exception {
        this.topic = settings.checkpointTopic();
        String servers = String.join(",", kafka.getBootstrapServers());
        declare(servers, topic);
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.CLIENT_ID_CONFIG, "entente-checkpoints", ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000),
                new StringSerializer(), new StringSerializer());
    }

    /** Publishes each in order, noting each once the broker acknowledged it; stops at the first that fails. */
    void publish(List<Checkpoints.Issued> checkpoints, LongConsumer published) {
        for (Checkpoints.Issued checkpoint : checkpoints) {
            try {
                producer.send(new ProducerRecord<>(topic, originOf(checkpoint.note()), checkpoint.note()))
                        .get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("checkpoint " + checkpoint.size() + " not published: "
                        + e.getMessage(), e);
            }
            published.accept(checkpoint.size());
        }
    }

    private static String originOf(String note) {
        return note.substring(0, note.indexOf('\n'));
    }

    private static void declare(String servers, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty()).configs(Map.of(
                    TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"))))
                    .all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    @Override
    public void destroy() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
