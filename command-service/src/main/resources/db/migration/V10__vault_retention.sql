-- Issue 21, requirement 4: the retention pass finds the values of a kind recorded before its period began.
create index vault_value_by_kind_and_age on vault_value (kind, recorded_at);
