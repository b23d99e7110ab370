-- The query service owns a database of its own: it never reads the command side's event store.
CREATE DATABASE entente_query OWNER entente;
