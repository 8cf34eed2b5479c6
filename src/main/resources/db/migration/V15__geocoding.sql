-- The gazetteer (地名地址库, CJ/T 215 / GB/T 30428.3): roads, doorplates (门牌) and points of
-- interest with their WGS-84 position and the unit grid they lie in. The search index (Lucene)
-- and the nearest-address index are built from this table in the application.
CREATE TABLE geocoding_entry
(
    id           BIGINT           NOT NULL PRIMARY KEY,
    kind         VARCHAR(10)      NOT NULL CHECK (kind IN ('ROAD', 'DOORPLATE', 'POI')),
    subdistrict  VARCHAR(50)      NOT NULL,
    road         VARCHAR(50),
    road_stem    VARCHAR(50),
    house_number INTEGER CHECK (house_number > 0),
    name         VARCHAR(100),
    address      VARCHAR(200)     NOT NULL,
    latitude     DOUBLE PRECISION NOT NULL,
    longitude    DOUBLE PRECISION NOT NULL,
    grid_code    VARCHAR(15)      NOT NULL,
    CHECK (kind <> 'DOORPLATE' OR (road IS NOT NULL AND house_number IS NOT NULL)),
    CHECK (kind <> 'POI' OR name IS NOT NULL)
);
CREATE UNIQUE INDEX geocoding_entry_doorplate ON geocoding_entry (road, house_number) WHERE kind = 'DOORPLATE';
