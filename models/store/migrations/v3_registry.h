#pragma once

// Schema version 3: registry.
namespace mlwb::store::migrations {

// A registered model has versions numbered from 1 per model. A version's file
// is a content-addressed object (content_hash); source 'run-artifact' keeps the
// run and the artifact path it came from, 'file' the path it was read from.
// Aliases point at one version each; every move is kept in alias_history
// (from_version NULL: set, to_version NULL: removed).
inline constexpr char kRegistry[] = R"sql(
CREATE TABLE registered_models(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    archived_at REAL,
    source TEXT
);
CREATE UNIQUE INDEX registered_models_by_source ON registered_models(source)
    WHERE source IS NOT NULL;

CREATE TABLE model_versions(
    id INTEGER PRIMARY KEY,
    model_id INTEGER NOT NULL REFERENCES registered_models(id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    source_kind TEXT NOT NULL CHECK (source_kind IN ('run-artifact', 'file')),
    run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    artifact_path TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    size INTEGER NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('onnx', 'opaque')),
    signature TEXT NOT NULL DEFAULT '{}',
    description TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    archived_at REAL,
    UNIQUE (model_id, version)
);
CREATE INDEX model_versions_by_hash ON model_versions(model_id, content_hash);
CREATE INDEX model_versions_by_run ON model_versions(run_id) WHERE run_id IS NOT NULL;

CREATE TABLE model_aliases(
    model_id INTEGER NOT NULL REFERENCES registered_models(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    version_id INTEGER NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,
    PRIMARY KEY (model_id, alias)
) WITHOUT ROWID;

CREATE TABLE alias_history(
    id INTEGER PRIMARY KEY,
    model_id INTEGER NOT NULL REFERENCES registered_models(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    from_version INTEGER,
    to_version INTEGER,
    who TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE INDEX alias_history_by_model ON alias_history(model_id, alias, at);

CREATE TABLE model_tags(
    model_id INTEGER NOT NULL REFERENCES registered_models(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (model_id, key)
) WITHOUT ROWID;

CREATE TABLE model_version_tags(
    version_id INTEGER NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (version_id, key)
) WITHOUT ROWID;
)sql";

} // namespace mlwb::store::migrations
