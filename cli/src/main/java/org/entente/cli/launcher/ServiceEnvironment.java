package org.entente.cli.launcher;

import org.entente.devstack.Database;
import org.entente.devstack.DevSigningKey;
import org.entente.ledger.SignerKeyFile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment each process of an installation starts with: the services get their database, the broker,
 * the keys and each other's URLs; the web application knows the services by their URLs only, and signs
 * development tokens with the installation's key.
 */
final class ServiceEnvironment {

    private final StackSettings settings;
    private final String bootstrapServers;
    private final Map<String, String> extra;

    ServiceEnvironment(StackSettings settings, String bootstrapServers, Map<String, String> extra) {
        this.settings = settings;
        this.bootstrapServers = bootstrapServers;
        this.extra = Map.copyOf(extra);
    }

    Map<String, String> service(Database database, String portVariable, int port) {
        Map<String, String> environment = new HashMap<>();
        environment.put("ENTENTE_DB_URL", database.jdbcUrl());
        environment.put("ENTENTE_DB_USER", database.username());
        environment.put("ENTENTE_DB_PASSWORD", database.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        environment.put("ENTENTE_TOPIC", settings.topic());
        environment.put("ENTENTE_JWT_PUBLIC_KEY", "file:" + DevSigningKey.publicKeyFile(settings.dataDirectory()));
        // The ledger's key, created before either service starts: command-service signs with it, and the query
        // side's monitor trusts its verifier key only.
        Path ledgerKey = settings.dataDirectory().resolve(InstallationKeys.LEDGER);
        environment.put("ENTENTE_LEDGER_KEY_FILE", ledgerKey.toString());
        environment.put("ENTENTE_LEDGER_VERIFIER_KEY", SignerKeyFile.loadOrCreate(ledgerKey,
                System.getenv().getOrDefault("ENTENTE_LEDGER_ORIGIN", "entente.localhost/ledger")).verifier().text());
        environment.put("QUERY_SERVICE_URL", "http://localhost:" + settings.queryPort());
        environment.put("COMMAND_SERVICE_URL", "http://localhost:" + settings.commandPort());
        environment.put(portVariable, Integer.toString(port));
        environment.putAll(extra);
        return environment;
    }

    /** The notifier's: its own database, the topic, the local mail server, the web application for its links. */
    Map<String, String> notifier(Database database, Mailing mailing) {
        Map<String, String> environment = new HashMap<>();
        environment.put("ENTENTE_NOTIFIER_DB_URL", database.jdbcUrl());
        environment.put("ENTENTE_NOTIFIER_DB_USER", database.username());
        environment.put("ENTENTE_NOTIFIER_DB_PASSWORD", database.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        environment.put("ENTENTE_TOPIC", settings.topic());
        environment.put("ENTENTE_SMTP_HOST", "localhost");
        environment.put("ENTENTE_SMTP_PORT", Integer.toString(mailing.smtpPort()));
        // The local server takes anything: a developer's own ENTENTE_SMTP_* must not send the demo's mails away.
        environment.put("ENTENTE_SMTP_USER", "");
        environment.put("ENTENTE_SMTP_PASSWORD", "");
        environment.put("ENTENTE_SMTP_AUTH", "false");
        environment.put("ENTENTE_SMTP_STARTTLS", "false");
        environment.put("ENTENTE_NOTIFIER_CONTACTS", mailing.contacts().toString());
        environment.put("ENTENTE_WEB_URL", "http://localhost:" + settings.webPort());
        environment.put("NOTIFIER_PORT", Integer.toString(mailing.notifierPort()));
        environment.putAll(extra);
        return environment;
    }

    Map<String, String> web() {
        Map<String, String> environment = new HashMap<>();
        environment.put("WEB_PORT", Integer.toString(settings.webPort()));
        environment.put("COMMAND_SERVICE_URL", "http://localhost:" + settings.commandPort());
        environment.put("QUERY_SERVICE_URL", "http://localhost:" + settings.queryPort());
        environment.put("ENTENTE_HOME", settings.dataDirectory().toString());
        environment.put("ENTENTE_SEEDS", settings.projectRoot().resolve("seeds").toString());
        environment.putAll(extra);
        return environment;
    }
}
