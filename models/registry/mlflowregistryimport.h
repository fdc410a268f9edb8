#pragma once

#include "registry.h"

namespace mlwb::registry {

struct RegistryImportReport {
    int models = 0;
    int versions = 0;
    int skippedVersions = 0; // imported before: the model already has that version number
    int aliases = 0;
    int tags = 0;
    int filesStored = 0; // versions whose model file was found and put into the content store
    QList<Error> problems;
};

// Imports registered_models, model_versions, registered_model_aliases,
// registered_model_tags and model_version_tags from an MLflow SQLite database.
// Version numbers are kept; a version whose run was imported before (`mlwb import
// mlflow`) links to it. MLflow keeps only a pointer to a version's files: a local
// file is stored, a run artifact already in the project is reused, anything else is
// recorded without content. A database without registry tables imports nothing.
Result<RegistryImportReport> importMlflowRegistry(ModelRegistry &registry,
                                                  const QString &mlflowDatabase);

} // namespace mlwb::registry
