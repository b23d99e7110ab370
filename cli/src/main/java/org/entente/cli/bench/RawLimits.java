package org.entente.cli.bench;

import org.entente.cli.workload.InstallationSql;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.entente.devstack.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the machine itself can do, measured in the same run and on the same servers as Entente: PostgreSQL's
 * single-row append transactions into a table shaped like the event store at the benchmark's concurrency, its
 * set-based insert into a table shaped like the read models, and Kafka's produce ({@code acks=all}) and consume
 * rates of records the size of an event.
 */
final class RawLimits {

    /** An event's size on the topic, about: the benchmark's own records measured this. */
    static final int RECORD_BYTES = 900;

    private final Database database;
    private final String bootstrapServers;

    RawLimits(Database database, String bootstrapServers) {
        this.database = database;
        this.bootstrapServers = bootstrapServers;
    }

    /** Single-row append transactions per second by {@code clients} connections, each committing every row. */
    double appendsPerSecond(int clients, Duration during) throws Exception {
        InstallationSql.execute(database, "CREATE TABLE IF NOT EXISTS raw_append (globalIndex BIGSERIAL PRIMARY KEY, "
                + "aggregateIdentifier VARCHAR(255) NOT NULL, sequenceNumber BIGINT NOT NULL, "
                + "eventIdentifier VARCHAR(255) NOT NULL UNIQUE, timeStamp VARCHAR(255) NOT NULL, "
                + "payloadType VARCHAR(255) NOT NULL, payload BYTEA NOT NULL, metaData BYTEA, "
                + "UNIQUE (aggregateIdentifier, sequenceNumber))", "TRUNCATE raw_append");
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + during.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> runs = new ArrayList<>();
        long began = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            runs.add(pool.submit(() -> append(end, done)));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - began) / 1e9);
    }

    private Void append(long end, AtomicLong done) throws SQLException {
        byte[] payload = new byte[RECORD_BYTES];
        String aggregate = UUID.randomUUID().toString();
        try (Connection connection = InstallationSql.connect(database);
             PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO raw_append (aggregateIdentifier, sequenceNumber, eventIdentifier, timeStamp, "
                        + "payloadType, payload, metaData) VALUES (?, ?, ?, now()::text, 'Raw', ?, ?)")) {
            for (long sequence = 0; System.nanoTime() < end; sequence++) {
                insert.setString(1, aggregate);
                insert.setLong(2, sequence);
                insert.setString(3, UUID.randomUUID().toString());
                insert.setBytes(4, payload);
                insert.setBytes(5, payload);
                insert.executeUpdate();
                done.incrementAndGet();
            }
        }
        return null;
    }

    /** Rows per second of one set-based insert into a table shaped like the read models' event log. */
    double setBasedRowsPerSecond(int rows) throws SQLException {
        InstallationSql.execute(database, "CREATE TABLE IF NOT EXISTS raw_rows (event_id VARCHAR(64) PRIMARY KEY, "
                + "partnership_id UUID NOT NULL, sequence BIGINT NOT NULL, type VARCHAR(120) NOT NULL, "
                + "occurred_at TIMESTAMPTZ NOT NULL, data JSONB NOT NULL, UNIQUE (partnership_id, sequence))",
                "TRUNCATE raw_rows");
        long began = System.nanoTime();
        InstallationSql.execute(database, "INSERT INTO raw_rows SELECT md5(i::text), md5((i / 100)::text)::uuid, i % 100, "
                + "'EvaluationRecorded', now(), jsonb_build_object('findings', repeat('x', " + (RECORD_BYTES - 100)
                + "), 'rating', i % 5) FROM generate_series(1, " + rows + ") i");
        return rows / ((System.nanoTime() - began) / 1e9);
    }

    /** Records per second produced with {@code acks=all} and idempotence, then consumed, of event-sized records. */
    double[] produceAndConsumePerSecond(int records, int partitions) throws Exception {
        String topic = "raw-limits-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
        byte[] value = new byte[RECORD_BYTES];
        long began = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                // The broker's limit, not the client's defaults': batches as large as a tuned producer would send.
                ProducerConfig.LINGER_MS_CONFIG, 10, ProducerConfig.BATCH_SIZE_CONFIG, 262_144),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, Integer.toString(i % 1_000), value));
            }
            producer.flush();
        }
        double produced = records / ((System.nanoTime() - began) / 1e9);
        began = System.nanoTime();
        long read = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> all = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                all.add(new TopicPartition(topic, p));
            }
            consumer.assign(all);
            consumer.seekToBeginning(all);
            while (read < records) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
        }
        return new double[]{produced, records / ((System.nanoTime() - began) / 1e9)};
    }
}
