-- db-scheduler now picks due executions by priority (db-scheduler.priority-enabled): probes (90) before scans
-- someone asked for (50) before scheduled scans (10). Jobs written before that keep the priority they were
-- written with, so give the existing ones theirs (a scheduled scan's row cannot be told apart here: 50).
update scheduled_tasks set priority = 90 where task_name = 'site-probe';
update scheduled_tasks set priority = 50 where task_name = 'site-scan';
