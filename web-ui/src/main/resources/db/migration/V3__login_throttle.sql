-- Failed sign-ins, counted per username (known or not, lower case) and per client address.
create table login_throttle (
    scope           varchar(8)   not null,
    subject         varchar(320) not null,
    failures        integer      not null,
    last_failure_at timestamp(6) with time zone not null,
    locked_until    timestamp(6) with time zone,
    constraint pk_login_throttle primary key (scope, subject)
);

create index ix_login_throttle_last_failure on login_throttle (last_failure_at);
