#pragma once

// Schema version 2: datasets.
namespace mlwb::store::migrations {

// A dataset is a file or folder of the project (root: relative to the project
// root). Each snapshot is a version numbered from 1 per dataset; its files are
// content-addressed objects in .mlwb/objects and its manifest (the sorted
// path/hash/size list) is an object too, so a pointer file committed to git
// names the whole version by `manifest_hash`.
inline constexpr char kDatasets[] = R"sql(
CREATE TABLE datasets(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    root TEXT NOT NULL,
    is_folder INTEGER NOT NULL DEFAULT 1,
    created_at REAL NOT NULL
);
CREATE TABLE dataset_versions(
    id INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 1),
    created_at REAL NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    file_count INTEGER NOT NULL,
    total_bytes INTEGER NOT NULL,
    manifest_hash TEXT NOT NULL,
    git_commit TEXT NOT NULL DEFAULT '',
    UNIQUE (dataset_id, number)
);
CREATE INDEX dataset_versions_by_manifest ON dataset_versions(manifest_hash);

-- path: relative to the dataset root ('' for a single-file dataset's own file).
CREATE TABLE dataset_files(
    version_id INTEGER NOT NULL REFERENCES dataset_versions(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    hash TEXT NOT NULL,
    size INTEGER NOT NULL,
    mode INTEGER NOT NULL DEFAULT 0,
    mtime_ns INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (version_id, path)
) WITHOUT ROWID;
CREATE INDEX dataset_files_by_hash ON dataset_files(hash);

-- What a file's content hash was when it had this size, mtime and inode;
-- path relative to the project root. A file whose stat matches is not re-read.
CREATE TABLE file_stat_cache(
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    inode INTEGER NOT NULL,
    hash TEXT NOT NULL
) WITHOUT ROWID;

-- Lineage: which dataset versions a run read (role 'input') or wrote.
CREATE TABLE run_datasets(
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    dataset_version_id INTEGER NOT NULL REFERENCES dataset_versions(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'input',
    created_at REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, dataset_version_id, role)
) WITHOUT ROWID;
CREATE INDEX run_datasets_by_version ON run_datasets(dataset_version_id);
)sql";

} // namespace mlwb::store::migrations
