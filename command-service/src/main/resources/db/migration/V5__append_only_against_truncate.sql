-- The row triggers of V1, V3 and V4 refuse UPDATE and DELETE, but TRUNCATE fires no row trigger: it would empty the
-- event store or the log in one statement. A statement trigger refuses it too (issue 19).
CREATE FUNCTION refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the event store is append-only: TRUNCATE on % refused', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON DomainEventEntry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

CREATE TRIGGER ledger_leaf_no_truncate
    BEFORE TRUNCATE ON ledger_leaf
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

CREATE TRIGGER ledger_node_no_truncate
    BEFORE TRUNCATE ON ledger_node
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
