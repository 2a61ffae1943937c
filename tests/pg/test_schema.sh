# test_schema.sh - both backends end their migrations with equivalent
# schemas: the same tables and views, columns (in order, with the same type
# class and NOT NULL), primary keys, unique keys, foreign keys (with their
# ON DELETE rule), CHECK constraints per table, and named indexes with their
# columns.  SQLite is read through its pragmas, PostgreSQL through pg_catalog.
. "$(dirname "$0")/../cli/lib.inc"
: "${SB40_TEST_PG_URL:?run by tests/pg/with.sh}"
LITE="$WORK/s.db"
PG=$SB40_TEST_PG_URL
"$SB40" init --db "$LITE" >/dev/null || bad "init sqlite"
"$SB40" init --db "$PG" >/dev/null || bad "init postgresql"

# one line per fact, sorted; types as classes int, real, text
lite_schema() {
	sqlite3 "$LITE" "
	SELECT 'table ' || name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';
	SELECT 'view ' || name FROM sqlite_master WHERE type = 'view';
	SELECT 'column ' || m.name || '.' || printf('%02d', p.cid) || ' ' || p.name || ' ' ||
	  CASE upper(p.type) WHEN 'INTEGER' THEN 'int' WHEN 'REAL' THEN 'real' ELSE lower(p.type) END ||
	  CASE WHEN p.\"notnull\" OR p.pk THEN ' not null' ELSE '' END
	  FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%';
	SELECT 'primary key ' || m.name || '(' || group_concat(p.name) || ')'
	  FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND p.pk > 0 GROUP BY m.name;
	SELECT 'unique ' || m.name || '(' || (SELECT group_concat(name) FROM (SELECT ii.name FROM pragma_index_info(l.name) ii ORDER BY ii.seqno)) || ')'
	  FROM sqlite_master m JOIN pragma_index_list(m.name) l WHERE m.type = 'table' AND l.origin = 'u';
	SELECT 'foreign key ' || m.name || '.' || f.\"from\" || ' -> ' || f.\"table\" || '.' || f.\"to\" || ' on delete ' || lower(f.on_delete)
	  FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table';
	SELECT 'checks ' || name || ' ' || ((length(sql) - length(replace(sql, 'CHECK (', ''))) / 7)
	  FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql LIKE '%CHECK (%';
	SELECT 'index ' || m.tbl_name || ' ' || m.name || '(' || (SELECT group_concat(name) FROM (SELECT ii.name FROM pragma_index_info(m.name) ii ORDER BY ii.seqno)) || ')'
	  FROM sqlite_master m WHERE m.type = 'index' AND m.sql IS NOT NULL;
	" | sort
}

pg_schema() {
	psql -X -tA -d "$PG" -c "
	SELECT 'table ' || table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
	UNION ALL SELECT 'view ' || table_name FROM information_schema.views WHERE table_schema = 'public'
	UNION ALL SELECT 'column ' || c.table_name || '.' || lpad((c.ordinal_position - 1)::text, 2, '0') || ' ' || c.column_name || ' ' ||
	  CASE c.data_type WHEN 'bigint' THEN 'int' WHEN 'integer' THEN 'int' WHEN 'double precision' THEN 'real' ELSE c.data_type END ||
	  CASE WHEN c.is_nullable = 'NO' THEN ' not null' ELSE '' END
	  FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
	  WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
	UNION ALL SELECT CASE k.contype WHEN 'p' THEN 'primary key ' ELSE 'unique ' END || r.relname || '(' ||
	  (SELECT string_agg(a.attname, ',' ORDER BY u.ord) FROM unnest(k.conkey) WITH ORDINALITY u(n, ord) JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = u.n) || ')'
	  FROM pg_constraint k JOIN pg_class r ON r.oid = k.conrelid JOIN pg_namespace s ON s.oid = r.relnamespace
	  WHERE s.nspname = 'public' AND k.contype IN ('p', 'u')
	UNION ALL SELECT 'foreign key ' || r.relname || '.' || a.attname || ' -> ' || f.relname || '.' || b.attname || ' on delete ' ||
	  CASE k.confdeltype WHEN 'c' THEN 'cascade' WHEN 'n' THEN 'set null' WHEN 'r' THEN 'restrict' ELSE 'no action' END
	  FROM pg_constraint k JOIN pg_class r ON r.oid = k.conrelid JOIN pg_class f ON f.oid = k.confrelid
	  JOIN pg_namespace s ON s.oid = r.relnamespace
	  JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = k.conkey[1] JOIN pg_attribute b ON b.attrelid = f.oid AND b.attnum = k.confkey[1]
	  WHERE s.nspname = 'public' AND k.contype = 'f'
	UNION ALL SELECT 'checks ' || r.relname || ' ' || count(*) FROM pg_constraint k JOIN pg_class r ON r.oid = k.conrelid
	  JOIN pg_namespace s ON s.oid = r.relnamespace WHERE s.nspname = 'public' AND k.contype = 'c' GROUP BY r.relname
	UNION ALL SELECT 'index ' || t.relname || ' ' || i.relname || '(' ||
	  (SELECT string_agg(a.attname, ',' ORDER BY u.ord) FROM unnest(x.indkey) WITH ORDINALITY u(n, ord) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = u.n) || ')'
	  FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace s ON s.oid = t.relnamespace
	  WHERE s.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
	" | sort
}

lite_schema > "$WORK/sqlite.txt"
pg_schema > "$WORK/pg.txt"
if diff -u "$WORK/sqlite.txt" "$WORK/pg.txt" > "$WORK/diff.txt"; then ok; else bad "schemas differ:"; cat "$WORK/diff.txt" >&2; fi
# the comparison itself sees what it should
for fact in "table enterprise" "view observation_current" "unique observation(entity_kind,entity_id,indicator_id,period,revision)" \
	"foreign key session.user_id -> app_user.id on delete cascade" "primary key enterprise_tally(region_id,zone_id,legal_form,activity_code,status)" "index observation observation_latest(indicator_id,entity_kind,entity_id,period,revision)" \
	"column zone.07 area_ha real" "checks zone 4"; do
	grep -qxF "$fact" "$WORK/pg.txt" && ok || bad "missing in both: $fact"
done
expect_eq "facts compared, at least 150" "$([ "$(wc -l < "$WORK/sqlite.txt")" -ge 150 ] && echo yes)" yes
finish
