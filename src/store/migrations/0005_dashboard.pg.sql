-- 0005_dashboard.pg.sql: the indexes of 0005_dashboard.sqlite.sql (the
-- dashboard's aggregations on a national registry), and two things only
-- PostgreSQL needs: the identity sequences of region and indicator continue
-- after the ids 0002 and 0003 inserted explicitly, and the sign-in throttle
-- keeps 64-bit seconds (past 2038).
CREATE INDEX enterprise_status ON enterprise(status, legal_form);
CREATE INDEX enterprise_zone_form ON enterprise(zone_id, legal_form);
CREATE INDEX enterprise_region_activity ON enterprise(region_id, activity_code);
CREATE INDEX observation_latest ON observation(indicator_id, entity_kind, entity_id, period, revision);
SELECT setval(pg_get_serial_sequence('region', 'id'), (SELECT max(id) FROM region));
SELECT setval(pg_get_serial_sequence('indicator', 'id'), (SELECT max(id) FROM indicator));
ALTER TABLE login_throttle ALTER COLUMN last_at TYPE BIGINT, ALTER COLUMN failures TYPE BIGINT;
