-- The parent reviews a child union's report (issue 14): its office accepts the report or returns it with a
-- reason; the child revises, its chair signs again and it is issued again under a new number, and submitted
-- again (a new arrival number at the parent).
--  * a returned report's document stays in the child's outgoing register, marked superseded; its successor is
--    the next revision of the same directive and kind;
--  * each submission is a receipt of its own, of the document that was sent, with the parent's decision;
--  * the parent's assignment of the child is REPORT_RECEIVED (awaiting the parent's review), REPORT_RETURNED or
--    REPORT_ACCEPTED.
alter table issued_document add column revision integer default 0 not null;
alter table issued_document add column superseded_at timestamp(6) with time zone;
alter table issued_document drop constraint uk_issued_document_kind;
alter table issued_document add constraint uk_issued_document_kind unique (directive_id, kind, revision);

alter table received_report add column document_id bigint;
update received_report set document_id = (
  select d.id from issued_document d join results_report r on r.directive_id = d.directive_id
  where r.id = received_report.report_id and d.kind = 'REPORT');
alter table received_report alter column document_id set not null;
alter table received_report add constraint fk_received_report_document foreign key (document_id) references issued_document (id);
alter table received_report drop constraint uk_received_report;
alter table received_report add constraint uk_received_report unique (document_id);
create index ix_received_report_report on received_report (report_id);
alter table received_report add column accepted_at timestamp(6) with time zone;
alter table received_report add column accepted_by varchar(64);
alter table received_report add column returned_at timestamp(6) with time zone;
alter table received_report add column returned_by varchar(64);
alter table received_report add column return_reason varchar(2000);

alter table unit_assignment drop constraint ck_unit_assignment_status;
alter table unit_assignment add constraint ck_unit_assignment_status check (status in
  ('ISSUED', 'SUB_PLAN_DRAFTED', 'ACTIVITIES_REPORTED', 'SUBMITTED', 'REVIEWED', 'NOT_REPORTED', 'REPORT_RECEIVED',
   'REPORT_RETURNED', 'REPORT_ACCEPTED'));
-- Before this version the parent did not review: a report that arrived while the collection was open counted on
-- receipt, whether the child's part had ended or still waited for the parent's decision on the nominations it
-- forwarded. Both are accepted, on receipt. A report registered after the collection was closed for the child
-- (NOT_REPORTED) stays undecided, as such a report is now.
update received_report set accepted_at = received_at
  where exists (select 1 from unit_assignment a where a.id = received_report.assignment_id and a.status = 'REPORT_RECEIVED');
update unit_assignment set status = 'REPORT_ACCEPTED' where status = 'REPORT_RECEIVED';
