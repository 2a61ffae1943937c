-- 0005_dashboard.sqlite.sql: indexes for the dashboard's aggregations on a
-- national registry (1,000,000 firms): firms by status, by sector (activity)
-- within a region, by zone and legal form; and the latest value of an
-- indicator per entity (observation_current's max(revision) probe and the
-- "latest period" lookups).  0001 already has region+legal_form, zone,
-- legal_form and activity.  0005_dashboard.pg.sql has the same indexes.
CREATE INDEX enterprise_status ON enterprise(status, legal_form);
CREATE INDEX enterprise_zone_form ON enterprise(zone_id, legal_form);
CREATE INDEX enterprise_region_activity ON enterprise(region_id, activity_code);
CREATE INDEX observation_latest ON observation(indicator_id, entity_kind, entity_id, period, revision);
