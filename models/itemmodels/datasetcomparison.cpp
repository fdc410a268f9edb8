#include "datasetcomparison.h"

#include "datasets/dataref.h"
#include "datasets/datasethistory.h"
#include "datasets/tablereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <functional>

namespace mlwb::itemmodels {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("mlwb", text, disambiguation, n);
}

using StepFn = std::function<bool(int step)>; // false: cancelled

// Reads a table file, naming it `source` (e.g. "train.csv@2") in messages.
Result<std::shared_ptr<const datasets::Table>> readNamed(const QString &path,
                                                         const QString &source) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("read %1").arg(source), file.errorString(),
                    tr("check that the version can be restored"));
    MLWB_ASSIGN_OR_RETURN(datasets::Table table,
                          datasets::readTableFromBytes(file.readAll(), source));
    return std::make_shared<const datasets::Table>(std::move(table));
}

QStringList uniqueInBoth(const datasets::TableProfile &a, const datasets::TableProfile &b) {
    QStringList out;
    const auto unique = [](const datasets::ColumnProfile &c) {
        return c.distinctExact && c.missing == 0 && c.count > 0 && c.distinct == c.count;
    };
    for (const datasets::ColumnProfile &ca : a.columns) {
        for (const datasets::ColumnProfile &cb : b.columns) {
            if (ca.name == cb.name && unique(ca) && unique(cb))
                out.append(ca.name);
        }
    }
    return out;
}

void compareFolders(DatasetComparison &out, const datasets::ResolvedData &a,
                    const datasets::ResolvedData &b, const ComparisonRequest &request,
                    QString &pathA, QString &pathB) {
    out.folders = true;
    auto files = datasets::diffFolders(a.path, b.path, request.cancel.get());
    if (!files) {
        out.errors.append(files.error());
        return;
    }
    out.files = *files;
    QStringList changed;
    for (const datasets::FileChange &c : files->changed) {
        if (datasets::isPlainTableFile(c.path))
            changed.append(c.path);
    }
    QStringList same;
    QDirIterator it(b.path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = QDir(b.path).relativeFilePath(it.next());
        if (datasets::isPlainTableFile(rel) && !changed.contains(rel) &&
            QFileInfo::exists(QDir(a.path).filePath(rel)))
            same.append(rel);
    }
    changed.sort();
    same.sort();
    out.tableFiles = changed + same;
    out.tableFile =
        out.tableFiles.contains(request.tableFile) ? request.tableFile : out.tableFiles.value(0);
    if (!out.tableFile.isEmpty()) {
        pathA = QDir(a.path).filePath(out.tableFile);
        pathB = QDir(b.path).filePath(out.tableFile);
    }
}

void compareTables(DatasetComparison &out, const QString &pathA, const QString &pathB,
                   const ComparisonRequest &request, const StepFn &step) {
    // Messages name the version, and the file inside it for folders: "customers@2:14".
    const auto source = [&out](const QString &label) {
        return out.tableFile.isEmpty() ? label
                                       : QStringLiteral("%1 (%2)").arg(out.tableFile, label);
    };
    const QString sourceA = source(out.labelA);
    const QString sourceB = source(out.labelB);
    auto a = readNamed(pathA, sourceA);
    auto b = readNamed(pathB, sourceB);
    if (!a || !b) {
        if (!a)
            out.errors.append(a.error());
        if (!b)
            out.errors.append(b.error());
        return;
    }
    out.tableA = *a;
    out.tableB = *b;
    for (const auto &t : {out.tableA, out.tableB}) {
        for (const datasets::TableIssue &issue : t->issues)
            out.warnings.append(issue.message);
    }
    if (!step(4))
        return;

    datasets::TableDiffOptions options;
    options.keyColumns = request.keyColumns;
    options.unkeyed = request.unkeyed;
    options.absTolerance = request.tolerance;
    if (auto diff = datasets::diffTables(*out.tableA, *out.tableB, options))
        out.diff = std::make_shared<const datasets::TableDiff>(std::move(*diff));
    else
        out.errors.append(diff.error());
    if (!step(5))
        return;

    datasets::ProfileOptions profile;
    profile.cancel = request.cancel.get();
    profile.read.strict = false;
    if (auto p = datasets::profileTables(*out.tableA, *out.tableB, profile)) {
        out.profileA = std::move(p->first);
        out.profileB = std::move(p->second);
        out.keyCandidates = uniqueInBoth(*out.profileA, *out.profileB);
    } else if (!request.cancel->load()) {
        out.errors.append(p.error());
    }
    if (!step(6))
        return;

    datasets::DriftOptions drift;
    drift.gather = profile;
    if (auto d = datasets::detectDrift(*out.tableA, *out.tableB, drift))
        out.drift = std::move(*d);
    else if (!request.cancel->load())
        out.errors.append(d.error());
}

DatasetComparison run(const ComparisonRequest &request, const StepFn &step) {
    DatasetComparison out;
    out.labelA = request.labelA.isEmpty() ? request.specA : request.labelA;
    out.labelB = request.labelB.isEmpty() ? request.specB : request.labelB;
    datasets::DataRefResolver resolver(request.projectRoot);
    auto a = resolver.resolve(request.specA);
    if (!a) {
        out.errors.append(a.error());
        return out;
    }
    if (!step(1))
        return out;
    auto b = resolver.resolve(request.specB);
    if (!b) {
        out.errors.append(b.error());
        return out;
    }
    out.warnings += a->warnings + b->warnings;
    out.pathA = a->path;
    out.pathB = b->path;
    for (const auto &scratch : {a->scratch, b->scratch}) {
        if (scratch)
            out.scratch.push_back(scratch);
    }
    if (!step(2))
        return out;

    QString pathA = a->path;
    QString pathB = b->path;
    if (a->folder || b->folder) {
        if (!(a->folder && b->folder)) {
            out.errors.append(Error{tr("compare %1 with %2").arg(out.labelA, out.labelB),
                                    tr("one is a folder and the other a file"),
                                    tr("pick two versions of the same dataset")});
            return out;
        }
        compareFolders(out, *a, *b, request, pathA, pathB);
        if (out.tableFile.isEmpty())
            return out;
    }
    if (!step(3))
        return out;
    if (!datasets::isPlainTableFile(pathA) || !datasets::isPlainTableFile(pathB))
        return out; // no table to diff: the file-level changes say it all
    compareTables(out, pathA, pathB, request, step);
    step(7);
    return out;
}

} // namespace

void compareDatasets(QPromise<DatasetComparison> &promise, const ComparisonRequest &request) {
    promise.setProgressRange(0, comparisonSteps);
    const auto step = [&](int done) {
        promise.setProgressValue(done);
        const bool stop = promise.isCanceled() || request.cancel->load();
        if (stop)
            request.cancel->store(true);
        return !stop;
    };
    DatasetComparison result = run(request, step);
    if (!promise.isCanceled() && !request.cancel->load())
        promise.addResult(std::move(result));
}

DatasetComparison compareDatasets(const ComparisonRequest &request) {
    return run(request, [&](int) { return !request.cancel->load(); });
}

} // namespace mlwb::itemmodels
