-- The sent-log learns the kind RECALL (a grassroots union told that its directive was recalled). The kind's
-- check was unnamed in V1 (its name differs between H2 and PostgreSQL), so the column is replaced: the same
-- values, a named check with the new kind, the same unique key.
alter table sent_notification drop constraint uk_sent_notification;
alter table sent_notification add column kind_new varchar(16);
update sent_notification set kind_new = kind;
alter table sent_notification drop column kind;
alter table sent_notification rename column kind_new to kind;
alter table sent_notification alter column kind set not null;
alter table sent_notification add constraint ck_sent_notification_kind check (kind in ('REMINDER', 'ESCALATION', 'RESULTS_REPORT', 'RECALL'));
alter table sent_notification add constraint uk_sent_notification unique (kind, subject_id, point);
