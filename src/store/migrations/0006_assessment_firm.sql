-- 0006_assessment_firm.sql: who an assessment is about, as columns, so that
-- a firm's assessments are listed and its peers (the firms of the same zone,
-- region or economic activity) are found with plain portable SQL.  The
-- values are the registry's when the firm is registered (zone code, region
-- code, activity code), else those of the document's "firm" object.
ALTER TABLE assessment ADD COLUMN tin TEXT;
ALTER TABLE assessment ADD COLUMN firm TEXT;
ALTER TABLE assessment ADD COLUMN zone TEXT;
ALTER TABLE assessment ADD COLUMN region TEXT;
ALTER TABLE assessment ADD COLUMN sector TEXT;
CREATE INDEX assessment_tin ON assessment(kind, tin);
CREATE INDEX assessment_zone ON assessment(kind, zone);
CREATE INDEX assessment_region ON assessment(kind, region);
CREATE INDEX assessment_sector ON assessment(kind, sector);
