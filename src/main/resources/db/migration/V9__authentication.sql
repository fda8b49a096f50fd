-- Authentication hardening: lockout after failed sign-ins, TOTP second factor with recovery codes, and the
-- administrator's settings.

alter table app_user
    add column failed_logins   integer not null default 0 check (failed_logins >= 0),
    add column locked_until    timestamptz,
    -- The TOTP secret, sealed by the vault for the context app_user.totp_secret:<id> (never in clear text here).
    -- Set while enrolling; two_factor_enabled only once the user has proved it with a valid code.
    add column totp_secret        bytea,
    add column two_factor_enabled boolean not null default false,
    -- The last time step whose code was accepted: a code of this step or an earlier one is a replay.
    add column totp_last_step     bigint,
    add check (not two_factor_enabled or totp_secret is not null);

-- Single-use recovery codes. They are 80-bit random strings, so a SHA-256 is enough (as for API tokens).
create table recovery_code (
    id        bigint generated always as identity primary key,
    user_id   bigint not null references app_user (id) on delete cascade,
    code_hash text not null check (code_hash ~ '^[0-9a-f]{64}$'),
    used_at   timestamptz,
    unique (user_id, code_hash)
);

-- Settings an administrator changes at run time (API /api/v1/settings, CLI "kuzet settings").
create table settings (
    key        text primary key check (key ~ '^[a-z][a-z0-9-]*$'),
    value      text not null,
    updated_at timestamptz not null default now(),
    updated_by bigint references app_user (id) on delete set null
);

insert into settings (key, value) values ('require-two-factor', 'false');
