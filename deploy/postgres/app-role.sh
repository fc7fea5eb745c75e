#!/usr/bin/env bash
# Runs once, when the postgres container initialises an empty data volume (/docker-entrypoint-initdb.d).
# Bronbank connects as "bronbank_app": no superuser, cannot create databases or roles, owns only the
# schemas "bronbank" (where it creates its tables) and "bronbank_erasures" (the erasure ledger, kept
# apart so that a backup of "bronbank" never rolls it back) in the database "bronbank". The superuser's password
# stays with the operator and is never given to the application.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="${BRONBANK_APP_DB_PASSWORD:?set BRONBANK_APP_DB_PASSWORD}" -v db="$POSTGRES_DB" <<'SQL'
create role bronbank_app login password :'app_password' nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
revoke all on database :"db" from public;
grant connect, temporary on database :"db" to bronbank_app;
revoke create on schema public from public;
create schema bronbank authorization bronbank_app;
create schema bronbank_erasures authorization bronbank_app;
SQL
