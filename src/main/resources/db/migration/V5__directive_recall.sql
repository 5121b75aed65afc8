-- Recall (thu hồi) of a directive by the sector's chair: when, by whom and why; which units' open work the
-- recall ended (their process ended in batches); which issued documents were recalled (their numbers stay
-- used in the register).
alter table directive add column recalled_at timestamp(6) with time zone;
alter table directive add column recalled_by varchar(64);
alter table directive add column recall_reason varchar(4000);
alter table unit_assignment add column recalled_at timestamp(6) with time zone;
alter table issued_document add column recalled_at timestamp(6) with time zone;
