#pragma once

// Schema version 4: deploy. One row per deployment attempt, kept after it is
// stopped or removed so that who/when/which version/time to healthy stay known.
namespace mlwb::store::migrations {

inline constexpr char kDeploy[] = R"sql(
CREATE TABLE deployments(
    id INTEGER PRIMARY KEY,
    model_name TEXT NOT NULL,
    model_version TEXT NOT NULL,
    model_hash TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL CHECK (target IN ('docker', 'podman', 'process')),
    engine_socket TEXT NOT NULL DEFAULT '',
    container_id TEXT NOT NULL DEFAULT '',
    pid INTEGER,
    image_id TEXT NOT NULL DEFAULT '',
    image_tag TEXT NOT NULL DEFAULT '',
    image_size INTEGER,
    port INTEGER NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL
        CHECK (status IN ('starting', 'healthy', 'unhealthy', 'stopped', 'failed')),
    created_at REAL NOT NULL,
    healthy_at REAL,
    stopped_at REAL,
    time_to_healthy REAL,
    stop_reason TEXT NOT NULL DEFAULT '',
    who TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    replaces_id INTEGER REFERENCES deployments(id) ON DELETE SET NULL,
    removed_at REAL
);
CREATE INDEX deployments_by_status ON deployments(status, port);
CREATE INDEX deployments_by_model ON deployments(model_name, model_version);
)sql";

} // namespace mlwb::store::migrations
