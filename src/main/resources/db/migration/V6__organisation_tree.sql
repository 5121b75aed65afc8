-- The registry becomes a tree of any depth (Tổng LĐLĐ → LĐLĐ → upper-level union → CĐCS, or shallower):
--  * org_unit.level learns CONFEDERATION and calls the union directly above the CĐCS (sector, industrial-zone,
--    regional) UPPER_LEVEL instead of SECTOR;
--  * org_officer.role names the roles of any unit with children OFFICE, CHAIR and ADMIN instead of SECTOR_*;
--  * org_unit.path holds the codes from the top unit down to the unit ("/ldld-thai-binh/cdn-y-te-thai-binh/"),
--    so that "is this unit in that officer's subtree" needs no walk up the tree; the loader writes it;
--  * a top unit may name the body above it that is outside the system (external_parent_*), e.g. the
--    Confederation above an LĐLĐ, where its reports are e-mailed.
-- Both checks were unnamed in V1 (their names differ between H2 and PostgreSQL), so the columns are replaced.
alter table org_unit add column level_new varchar(16);
update org_unit set level_new = case level when 'SECTOR' then 'UPPER_LEVEL' else level end;
alter table org_unit drop column level;
alter table org_unit rename column level_new to level;
alter table org_unit alter column level set not null;
alter table org_unit add constraint ck_org_unit_level check (level in ('CONFEDERATION', 'FEDERATION', 'UPPER_LEVEL', 'GRASSROOTS'));

alter table org_officer add column role_new varchar(32);
update org_officer set role_new = case role
    when 'SECTOR_OFFICE' then 'OFFICE' when 'SECTOR_CHAIR' then 'CHAIR' when 'SECTOR_ADMIN' then 'ADMIN' else role end;
alter table org_officer drop column role;
alter table org_officer rename column role_new to role;
alter table org_officer alter column role set not null;
alter table org_officer add constraint ck_org_officer_role check (role in ('GRASSROOTS_OFFICER', 'OFFICE', 'CHAIR', 'ADMIN'));

alter table org_unit add column path varchar(2000);
alter table org_unit add column external_parent_name varchar(255);
alter table org_unit add column external_parent_email varchar(255);
-- the path of the units already stored, for the two levels the registry had (the loader rewrites it on start)
update org_unit set path = '/' || code || '/' where parent_id is null;
update org_unit set path = (select p.path from org_unit p where p.id = org_unit.parent_id) || code || '/'
  where parent_id is not null and (select p.parent_id from org_unit p where p.id = org_unit.parent_id) is null;
update org_unit set path = (select g.path from org_unit p join org_unit g on g.id = p.parent_id where p.id = org_unit.parent_id) ||
    (select p.code from org_unit p where p.id = org_unit.parent_id) || '/' || code || '/'
  where path is null and parent_id is not null;
update org_unit set path = '/' || code || '/' where path is null;
alter table org_unit alter column path set not null;
-- a subtree's units: path like '/ldld-thai-binh/%'
create index ix_org_unit_path on org_unit (path);
