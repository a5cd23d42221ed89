-- Tamper evidence: each audit row carries a SHA-256 over its content and the previous row's hash, numbered without
-- gaps. audit_chain's one row holds the end of the chain; appends lock it, so concurrent appends cannot fork the
-- chain, and a removed last row shows because the chain's end no longer matches. Rows written before this have no
-- hash and are not part of the chain.
alter table audit_event add column chain_seq bigint;
alter table audit_event add column prev_hash varchar(64);
alter table audit_event add column row_hash varchar(64);
create unique index uk_audit_event_chain_seq on audit_event (chain_seq);

create table audit_chain (
    id        integer     primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain (id, last_seq, last_hash) values (1, 0, '');
