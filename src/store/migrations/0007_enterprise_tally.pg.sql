-- 0007_enterprise_tally.pg.sql: 0007_enterprise_tally.sqlite.sql for
-- PostgreSQL (read the reasons there).  The tally is kept by statement-level
-- triggers with transition tables, so that a COPY of a million firms
-- updates it with one grouped statement, not a million.
DROP INDEX IF EXISTS enterprise_status;
DROP INDEX IF EXISTS enterprise_zone_form;
DROP INDEX IF EXISTS enterprise_region_activity;
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
