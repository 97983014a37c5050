#!/bin/bash
# Times whole runs of the same inputs: one process (its default two workers) against four --shard workers, each
# into SQLite and into PostgreSQL, and the merge of the four SQLite shards (BENCHMARKS.md, "issue 18").
#   deploy/bench-shards.sh PROGRAM INPUTS POSTGRES_URL    (PROGRAM: the published extractor; POSTGRES_URL: .ci/postgres start DIR)
set -u
X=$1; IN=$2; URL=$3
B=$(mktemp -d)
trap 'rm -rf "$B"' EXIT
t() { local s=$(date +%s.%N); "$@" >/dev/null 2>&1; echo "$(date +%s.%N) - $s" | bc; }
echo "single-sqlite $(t $X run $IN --out $B/single)"
echo "shards4-sqlite $(t bash -c "for i in 0 1 2 3; do $X run $IN --shard \$i/4 --out $B/s\$i & done; wait")"
db=bench_$RANDOM$RANDOM; psql "$URL" -qc "create database $db" ; u=${URL%/*}/$db
echo "single-postgres $(t $X run $IN --out $B/pg --database $u)"
db2=bench_$RANDOM$RANDOM; psql "$URL" -qc "create database $db2" ; u2=${URL%/*}/$db2
echo "shards4-postgres $(t bash -c "for i in 0 1 2 3; do $X run $IN --shard \$i/4 --out $B/p\$i --database $u2 & done; wait")"
echo "merge $(t $X merge $B/s0 $B/s1 $B/s2 $B/s3 --out $B/merged)"
echo "documents, pages (SQLite): $(sqlite3 $B/single/extractor.db "select count(*), sum(pages) from documents")"
echo "documents, pages, bytes (PostgreSQL): $(psql "$u" -Atc "select count(*), sum(pages), pg_database_size(current_database()) from documents")"
echo "SQLite file bytes: $(stat -c %s $B/single/extractor.db)"
