-- The scenario's name as each version stored it, so that listing the history needs no snapshot parsed.
-- Versions stored before this column have none; the application reads their name from the snapshot.
alter table scenario_version add column name varchar(200);
