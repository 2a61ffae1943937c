-- 0005_dashboard.sqlite.sql: what keeps the dashboard's aggregations fast on
-- a national registry (1,000,000 firms; bench/scale): 0005_dashboard.pg.sql
-- is the same for PostgreSQL.
--
-- enterprise_tally: the number of firms per region, zone (0: none), legal
-- form, activity ('' : none) and status, kept exact by triggers on every
-- write to enterprise, in the same transaction.  Firms by legal form, by
-- status, by sector, by zone and by region are sums over its few thousand
-- rows instead of scans of a million firms.  Rows that fall to 0 stay.
--
-- observation_current is redefined as "no later revision exists" (an
-- anti-join on the unique key) instead of 0001's correlated max(): the
-- same rows, planned by PostgreSQL as a hash anti-join rather than one
-- subquery per row; observation_latest serves "the latest values of an
-- indicator".
DROP VIEW observation_current;
CREATE VIEW observation_current AS
SELECT o.* FROM observation o
WHERE NOT EXISTS (SELECT 1 FROM observation p
                  WHERE p.entity_kind = o.entity_kind AND p.entity_id = o.entity_id
                    AND p.indicator_id = o.indicator_id AND p.period = o.period
                    AND p.revision > o.revision);
CREATE INDEX observation_latest ON observation(indicator_id, entity_kind, entity_id, period, revision);

CREATE TABLE enterprise_tally (
  region_id      INTEGER NOT NULL REFERENCES region(id),
  zone_id        INTEGER NOT NULL DEFAULT 0,       -- 0: outside any zone
  legal_form     TEXT NOT NULL,
  activity_code  TEXT NOT NULL DEFAULT '',      -- '': none given
  status         TEXT NOT NULL,
  firms          INTEGER NOT NULL,
  PRIMARY KEY (region_id, zone_id, legal_form, activity_code, status)
);
INSERT INTO enterprise_tally (region_id, zone_id, legal_form, activity_code, status, firms)
SELECT region_id, coalesce(zone_id, 0), legal_form, coalesce(activity_code, ''), status, count(*)
FROM enterprise GROUP BY region_id, coalesce(zone_id, 0), legal_form, coalesce(activity_code, ''), status;
CREATE TRIGGER enterprise_tally_insert AFTER INSERT ON enterprise BEGIN
  INSERT INTO enterprise_tally (region_id, zone_id, legal_form, activity_code, status, firms)
  VALUES (NEW.region_id, coalesce(NEW.zone_id, 0), NEW.legal_form, coalesce(NEW.activity_code, ''), NEW.status, 1)
  ON CONFLICT (region_id, zone_id, legal_form, activity_code, status) DO UPDATE SET firms = firms + 1;
END;
CREATE TRIGGER enterprise_tally_delete AFTER DELETE ON enterprise BEGIN
  UPDATE enterprise_tally SET firms = firms - 1 WHERE region_id = OLD.region_id AND zone_id = coalesce(OLD.zone_id, 0) AND legal_form = OLD.legal_form AND activity_code = coalesce(OLD.activity_code, '') AND status = OLD.status;
END;
CREATE TRIGGER enterprise_tally_update AFTER UPDATE OF region_id, zone_id, legal_form, activity_code, status ON enterprise BEGIN
  UPDATE enterprise_tally SET firms = firms - 1 WHERE region_id = OLD.region_id AND zone_id = coalesce(OLD.zone_id, 0) AND legal_form = OLD.legal_form AND activity_code = coalesce(OLD.activity_code, '') AND status = OLD.status;
  INSERT INTO enterprise_tally (region_id, zone_id, legal_form, activity_code, status, firms)
  VALUES (NEW.region_id, coalesce(NEW.zone_id, 0), NEW.legal_form, coalesce(NEW.activity_code, ''), NEW.status, 1)
  ON CONFLICT (region_id, zone_id, legal_form, activity_code, status) DO UPDATE SET firms = firms + 1;
END;
