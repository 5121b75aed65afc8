-- "Nơi nhận" of the implementing plan, as the office typed it in the drafting form: one recipient a line,
-- without the leading dash. Empty for plans drafted before: their document names the default recipients.
alter table implementing_plan add column recipients varchar(4000);
