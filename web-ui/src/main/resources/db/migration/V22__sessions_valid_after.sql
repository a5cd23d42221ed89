-- Sessions of a user signed in (or renewed) before this time are ended at their next request, on every instance.
alter table app_user add column sessions_valid_after timestamp(6) with time zone;
