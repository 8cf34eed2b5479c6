-- The position samples of the inspectors' field apps (定位轨迹), at the device's own time, one row
-- per inspector and instant: a repeated sample is stored once. Partitioned by day of Asia/Shanghai
-- (00:00+08 to 00:00+08), one partition per day named organization_position_sample_pYYYYMMDD;
-- the application creates the partitions ahead and drops those past the retention (ADR 42).
CREATE TABLE organization_position_sample
(
    username   VARCHAR(64)      NOT NULL,
    at         TIMESTAMPTZ      NOT NULL,
    latitude   DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude  DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    accuracy_m REAL CHECK (accuracy_m BETWEEN 0 AND 10000),
    PRIMARY KEY (username, at)
) PARTITION BY RANGE (at);
