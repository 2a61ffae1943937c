-- 0005_dashboard.pg.sql: 0005_dashboard.sqlite.sql for PostgreSQL (read
-- the reasons there): the same view, index and tally table.  The tally is
-- kept by statement-level triggers with transition tables, so that a COPY
-- of a million firms updates it with one grouped statement, not a million.
-- And what only PostgreSQL needs: the identity sequences of region and
-- indicator continue after the ids 0002 and 0003 inserted explicitly, and
-- the sign-in throttle keeps 64-bit seconds (past 2038).
DROP VIEW observation_current;
CREATE VIEW observation_current AS
SELECT o.* FROM observation o
WHERE NOT EXISTS (SELECT 1 FROM observation p
                  WHERE p.entity_kind = o.entity_kind AND p.entity_id = o.entity_id
                    AND p.indicator_id = o.indicator_id AND p.period = o.period
                    AND p.revision > o.revision);
CREATE INDEX observation_latest ON observation(indicator_id, entity_kind, entity_id, period, revision);

CREATE TABLE enterprise_tally (
  region_id      BIGINT NOT NULL REFERENCES region(id),
  zone_id        BIGINT NOT NULL DEFAULT 0,       -- 0: outside any zone
  legal_form     TEXT NOT NULL,
  activity_code  TEXT NOT NULL DEFAULT '',      -- '': none given
  status         TEXT NOT NULL,
  firms          BIGINT NOT NULL,
  PRIMARY KEY (region_id, zone_id, legal_form, activity_code, status)
);
INSERT INTO enterprise_tally (region_id, zone_id, legal_form, activity_code, status, firms)
SELECT region_id, coalesce(zone_id, 0), legal_form, coalesce(activity_code, ''), status, count(*)
FROM enterprise GROUP BY region_id, coalesce(zone_id, 0), legal_form, coalesce(activity_code, ''), status;
CREATE FUNCTION enterprise_tally_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
    UPDATE enterprise_tally t SET firms = t.firms - o.n
    FROM (SELECT region_id, coalesce(zone_id, 0) AS zone_id, legal_form,
                 coalesce(activity_code, '') AS activity_code, status, count(*) AS n
          FROM old_rows GROUP BY 1, 2, 3, 4, 5) o
    WHERE t.region_id = o.region_id AND t.zone_id = o.zone_id AND t.legal_form = o.legal_form
      AND t.activity_code = o.activity_code AND t.status = o.status;
  END IF;
  IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
    INSERT INTO enterprise_tally (region_id, zone_id, legal_form, activity_code, status, firms)
    SELECT region_id, coalesce(zone_id, 0), legal_form, coalesce(activity_code, ''), status, count(*)
    FROM new_rows GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (region_id, zone_id, legal_form, activity_code, status)
    DO UPDATE SET firms = enterprise_tally.firms + excluded.firms;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER enterprise_tally_insert AFTER INSERT ON enterprise
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION enterprise_tally_apply();
CREATE TRIGGER enterprise_tally_update AFTER UPDATE ON enterprise
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION enterprise_tally_apply();
CREATE TRIGGER enterprise_tally_delete AFTER DELETE ON enterprise
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION enterprise_tally_apply();
SELECT setval(pg_get_serial_sequence('region', 'id'), (SELECT max(id) FROM region));
SELECT setval(pg_get_serial_sequence('indicator', 'id'), (SELECT max(id) FROM indicator));
ALTER TABLE login_throttle ALTER COLUMN last_at TYPE BIGINT, ALTER COLUMN failures TYPE BIGINT;
