-- bench/import/sqlite-rows.sql: what SQLite alone takes to write the rows of the import benchmark
-- (10,000 resources and their data items) into the demo city, without Repository, outbox, audit or
-- search index: existing resources and items copied with new ids that sort last (as new UUIDv7 ids
-- do), code NULL and status 草稿 (as an imported draft), in one transaction. Run on a COPY of the
-- bench database (it is written):
--   cp build-bench/bench-data/demo-100000.govcat /tmp/rows.govcat
--   cp build-bench/bench-data/demo-100000.govcat.key /tmp/rows.govcat.key
--   build-bench/bench/govcat_bench sql --db /tmp/rows.govcat < bench/import/sqlite-rows.sql
CREATE TEMP TABLE r AS SELECT * FROM info_resource WHERE rowid % 10 = 3;
CREATE TEMP TABLE it AS SELECT * FROM info_item WHERE resource_id IN (SELECT id FROM temp.r);
UPDATE temp.r SET id = 'ffff' || substr(id, 5), code = NULL, name = name || '导入', status = '草稿';
UPDATE temp.it SET id = 'ffff' || substr(id, 5), resource_id = 'ffff' || substr(resource_id, 5);
BEGIN;
INSERT INTO info_resource SELECT * FROM temp.r;
INSERT INTO info_item SELECT * FROM temp.it;
COMMIT;
SELECT count(*) FROM temp.r;
SELECT count(*) FROM temp.it;
