-- Rejected originals are kept for a configurable time only. When the clean-up deletes one it notes it here, one row
-- per history entry of file_upload (V20), which itself stays as written: the history still shows the attempt and
-- says its original is gone. No foreign key: this script runs before V20 on a new database.
create table upload_original_removed (
    upload_id  bigint primary key,
    removed_at timestamp(6) with time zone not null
);

-- One row per uploader, locked while an upload of theirs is stored, so that two uploads at once by the same user
-- cannot both pass the storage cap (the bytes themselves are summed from file_upload).
create table upload_quota (
    username varchar(64) primary key
);
