-- Sign-in failures are also counted per client address and account together ('PAIR'); the account column names
-- the account of USER and PAIR rows so that an admin's unlock lifts both.
alter table login_throttle add column account varchar(320);
create index ix_login_throttle_account on login_throttle (account);
