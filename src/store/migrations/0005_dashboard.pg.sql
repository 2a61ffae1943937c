-- 0005_dashboard.pg.sql: the indexes of 0005_dashboard.sqlite.sql (the
-- dashboard's aggregations on a national registry), and two things only
-- PostgreSQL needs: the identity sequences of region and indicator continue
-- after the ids 0002 and 0003 inserted explicitly, and the sign-in throttle
-- keeps 64-bit seconds (past 2038).  The view is redefined as in the
-- SQLite file.
DROP VIEW observation_current;
CREATE VIEW observation_current AS
SELECT o.* FROM observation o
WHERE NOT EXISTS (SELECT 1 FROM observation p
                  WHERE p.entity_kind = o.entity_kind AND p.entity_id = o.entity_id
                    AND p.indicator_id = o.indicator_id AND p.period = o.period
                    AND p.revision > o.revision);
CREATE INDEX enterprise_status ON enterprise(status, legal_form);
CREATE INDEX enterprise_zone_form ON enterprise(zone_id, legal_form);
CREATE INDEX enterprise_region_activity ON enterprise(region_id, activity_code);
CREATE INDEX observation_latest ON observation(indicator_id, entity_kind, entity_id, period, revision);
SELECT setval(pg_get_serial_sequence('region', 'id'), (SELECT max(id) FROM region));
SELECT setval(pg_get_serial_sequence('indicator', 'id'), (SELECT max(id) FROM indicator));
ALTER TABLE login_throttle ALTER COLUMN last_at TYPE BIGINT, ALTER COLUMN failures TYPE BIGINT;
