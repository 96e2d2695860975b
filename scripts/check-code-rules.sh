#!/usr/bin/env bash
# Fails when the application's code (everything but tests/, bench/ and build folders) breaks one of
# these rules, naming the lines:
# - every "now" comes from core/Clock.h: no QDate::currentDate or QDateTime::currentDateTime* elsewhere;
# - no raw delete: Qt parents, std::unique_ptr, deleteLater or QScopedPointer own objects;
# - every transaction goes through db/Transaction.h (inTransaction or Transaction), on the server
#   through server/store/PgTransaction.h: no QSqlDatabase::transaction/commit/rollback or "BEGIN"
#   elsewhere, except in the SQLCipher driver;
# - one Settings, made in app/main.cpp and passed in: no other default-constructed Settings;
# - no widget holds or takes a connection: nothing under ui/ names QSqlDatabase (widgets go through
#   their domain's services, and long jobs build what they need from db::JobContext on the worker).
set -uo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find . \( -path ./tests -o -path ./bench -o -path './build*' -o -path ./.git \) -prune \
  -o \( -name '*.cpp' -o -name '*.h' \) -print | sort)
status=0
check() { # $1: what is wrong, $2: extended regex, $3: file names (basename regex) allowed to match,
  # $4: only the paths matching this regex (default: all), $5: paths (regex) allowed to match
  local hits
  hits="$(for f in "${files[@]}"; do
    [[ "$(basename "$f")" =~ $3 ]] && continue
    [[ "$f" =~ ${4:-.} ]] || continue
    [ -n "${5:-}" ] && [[ "$f" =~ $5 ]] && continue
    grep -nE "$2" "$f" | grep -vE '^[0-9]+:\s*//' | sed "s|^|$f:|"
  done)"
  if [ -n "$hits" ]; then
    echo "$1:" >&2
    echo "$hits" >&2
    status=1
  fi
}
check "the system clock read outside core/Clock.h" \
  'QDate::currentDate|QDateTime::currentDateTime|QTime::currentTime' '^Clock\.h$'
check "raw delete (use a Qt parent, std::unique_ptr, deleteLater or QScopedPointer)" \
  '(^|[^=[:alnum:]_])[[:space:]]*delete(\[\])?[[:space:]]+[[:alpha:]_(*]' '^MinizipBridge\.'
check "a transaction outside db/Transaction.h or server/store/PgTransaction.h" \
  '\b(db|m_db|database|connection|pg|m_pg)\.(transaction|commit|rollback)\(\)|connection\(\)\.(transaction|commit|rollback)\(\)|"BEGIN' \
  '^(Transaction\.h|PgTransaction\.h|CipherDriver\.(h|cpp))$'
check "a second Settings (pass the one made in app/main.cpp)" \
  '(^|[^:[:alnum:]_])Settings[[:space:]]+[[:alpha:]_]+[[:space:]]*(;|\{\}|\(\))' '^main\.cpp$'
check "a connection in a widget (take the domain's services, run long jobs on the worker)" \
  '\bQSqlDatabase\b' '^$' '^\./ui/'
exit $status
