-- A higher body's directive is registered once by each sector that receives it: the same number of the
-- same issuing body in the same year is one directive. The check in RegisterDirectiveDelegate tells the
-- officer; this key also holds when the start form is submitted twice at the same moment (a double click).
alter table directive add column issue_year integer;
update directive set issue_year = extract(year from issued_on);
alter table directive alter column issue_year set not null;
alter table directive add constraint uk_directive_number unique (sector_id, issuer, number, issue_year);
