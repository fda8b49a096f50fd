-- State that several application instances on one database must share (issue 16 item 6): the web sessions
-- (Spring Session JDBC) and the sign-in failures per address (security.AddressThrottle), both kept in memory before.
-- Neither is part of the record: backups leave them out (backup.Snapshot), and a restore starts with none.

-- Spring Session's own PostgreSQL schema (spring-session-jdbc, schema-postgresql.sql), in lower case. A row holds a
-- session id and its attributes (the signed-in user's security context, the CSRF token, a pending sign-in's user
-- name); no password, second-factor secret or API token is ever put in a session.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);

-- Failed sign-ins per remote address, for the address throttle (30 within 15 minutes block the address). Only the
-- newest failures inside the window are kept: each new failure deletes what no longer counts.
create table sign_in_failure (
    id        bigint generated always as identity primary key,
    address   text not null check (length(address) between 1 and 255),
    failed_at timestamptz not null
);

create index sign_in_failure_address on sign_in_failure (address, failed_at);
create index sign_in_failure_age on sign_in_failure (failed_at);
