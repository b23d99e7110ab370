-- The query service owns a database of its own: it never reads the command side's event store.
CREATE DATABASE entente_query OWNER entente;
-- So does the notifier: the partnerships it knows and the mails it queued and sent.
CREATE DATABASE entente_notifier OWNER entente;
