#pragma once

#include "core/error.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace mlwb {
class Project;
}

namespace mlwb::datasets {

// A version of some data made readable as a local file or folder.
struct ResolvedData {
    QString path;  // a local file or folder
    QString label; // how to name it to the user, e.g. "train@2" or "data.csv@HEAD~1"
    bool folder = false;
    QStringList warnings;                   // e.g. DVC cache objects that are missing
    std::shared_ptr<QTemporaryDir> scratch; // keeps restored copies alive
};

// Turns what a user types into readable data:
//   FILE or FOLDER        as it is now
//   NAME@VERSION          a dataset snapshot (a number, or `latest`)
//   PATH@GITREV           the data as it was in a git revision: through its pointer
//                         file, its DVC entry (.dvc file or dvc.lock, read from
//                         .dvc/cache), or the file itself when git tracks it
// Opens the project lazily (only NAME@VERSION and pointer files need it). One
// resolver per thread.
class DataRefResolver {
public:
    // `projectDir`: --project, else the current folder upward.
    explicit DataRefResolver(QString projectDir = {});
    ~DataRefResolver();
    DataRefResolver(DataRefResolver &&) noexcept;

    Result<ResolvedData> resolve(const QString &spec);

private:
    Result<Project *> project();
    Result<ResolvedData> resolveDataset(const QString &name, const QString &version);
    Result<ResolvedData> resolveGitPath(const QString &path, const QString &rev);

    QString m_projectDir;
    std::unique_ptr<Project> m_project;
};

} // namespace mlwb::datasets
