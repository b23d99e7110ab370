-- The scheduler came with V6: partnerships already in force had no items in it. This plans the one-time task that
-- writes them (the calendar-backfill task), once per installation, due at any clock's instant.
insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
values ('calendar-backfill', 'upgrade-to-v7', timestamp with time zone '1970-01-01 00:00:00+00', false, 1);
