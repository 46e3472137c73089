-- 工作台: how each person arranges the home tiles (which show, in which order); no row means the default.
CREATE TABLE platform_workbench_tile (
    username  VARCHAR(100) NOT NULL,
    tile_key  VARCHAR(100) NOT NULL,
    position  INT          NOT NULL,
    hidden    BOOLEAN      NOT NULL,
    CONSTRAINT pk_platform_workbench_tile PRIMARY KEY (username, tile_key)
);
