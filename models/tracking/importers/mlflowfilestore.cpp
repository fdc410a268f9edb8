#include "mlflowfilestore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace mlwb::tracking::importers {

namespace {

const QString kMetaYaml = QStringLiteral("meta.yaml");

QString place(const QString &file, int line) {
    return QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(file)).arg(line);
}

Result<QByteArray> readAll(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(importTr("read %1").arg(path), f.errorString(),
                    importTr("check that you may read the MLflow store"));
    return f.readAll();
}

int lineOf(const YAML::Node &n) {
    return n ? n.Mark().line + 1 : 1;
}

// A meta.yaml as a map; errors name file:line.
Result<YAML::Node> loadMeta(const QString &path) {
    MLWB_ASSIGN_OR_RETURN(const QByteArray text, readAll(path));
    YAML::Node node;
    try {
        node = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return fail(place(path, e.mark.line + 1),
                    importTr("invalid YAML: %1").arg(QString::fromStdString(e.msg)),
                    importTr("repair or remove the file; the other runs were imported"));
    }
    if (!node.IsMap())
        return fail(place(path, 1), importTr("expected a YAML mapping of run fields"),
                    importTr("repair or remove the file; the other runs were imported"));
    return node;
}

// A scalar field as text; empty when absent or null.
Result<QString> field(const YAML::Node &meta, const char *key, const QString &path) {
    const YAML::Node n = meta[key];
    if (!n || n.IsNull())
        return QString();
    if (!n.IsScalar())
        return fail(place(path, lineOf(n)),
                    importTr("field \"%1\" is not a single value").arg(QLatin1String(key)));
    return QString::fromStdString(n.Scalar());
}

Result<std::optional<qint64>> millis(const YAML::Node &meta, const char *key, const QString &path) {
    MLWB_ASSIGN_OR_RETURN(const QString text, field(meta, key, path));
    if (text.isEmpty() || text == u"None")
        return std::optional<qint64>();
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok)
        return fail(place(path, lineOf(meta[key])),
                    importTr("field \"%1\" is not a time in milliseconds: \"%2\"")
                        .arg(QLatin1String(key), text));
    return std::optional(v);
}

// Files below DIR as (key, path): the key is the relative path, since MLflow
// keys with slashes become nested directories.
QList<std::pair<QString, QString>> keyedFiles(const QString &dir) {
    QList<std::pair<QString, QString>> out;
    const QDir base(dir);
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.append({base.relativeFilePath(path), path});
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<ImportedSeries> readMetric(const QString &key, const QString &path) {
    MLWB_ASSIGN_OR_RETURN(const QByteArray bytes, readAll(path));
    ImportedSeries s;
    s.key = key;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        bool tsOk = false, stepOk = false;
        const qint64 ts = parts.value(0).toLongLong(&tsOk);
        std::optional<double> value;
        if (parts.size() > 1)
            value = parseMlflowDouble(parts[1]);
        const qint64 step = parts.value(2).toLongLong(&stepOk);
        if (parts.size() != 3 || !tsOk || !value || !stepOk)
            return fail(
                place(path, int(i + 1)),
                importTr("expected \"timestamp value step\", found \"%1\"").arg(line.left(80)),
                importTr("repair or remove the line; the other runs were imported"));
        s.steps.push_back(step);
        s.times.push_back(double(ts) / 1000.0);
        s.values.push_back(*value);
    }
    return s;
}

Result<QString> experimentName(const QString &dir) {
    const QString metaPath = dir + u'/' + kMetaYaml;
    MLWB_ASSIGN_OR_RETURN(const YAML::Node meta, loadMeta(metaPath));
    MLWB_ASSIGN_OR_RETURN(QString name, field(meta, "name", metaPath));
    MLWB_ASSIGN_OR_RETURN(const QString stage, field(meta, "lifecycle_stage", metaPath));
    if (stage == u"deleted")
        return QString();
    if (name.isEmpty()) {
        MLWB_ASSIGN_OR_RETURN(name, field(meta, "experiment_id", metaPath));
    }
    return name;
}

} // namespace

Result<MlflowListing> listMlflowFileStore(const QString &root, QList<Error> &problems) {
    QStringList experimentDirs;
    if (QFileInfo::exists(root + u'/' + kMetaYaml)) {
        experimentDirs.append(root); // one experiment's folder was chosen
    } else {
        const QFileInfoList entries =
            QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &e : entries)
            if (QFileInfo::exists(e.absoluteFilePath() + u'/' + kMetaYaml))
                experimentDirs.append(e.absoluteFilePath());
    }
    if (experimentDirs.isEmpty())
        return fail(importTr("import MLflow runs from %1").arg(root),
                    importTr("no experiment folder with a meta.yaml was found"),
                    importTr("choose the mlruns folder or an MLflow SQLite database file"));
    MlflowListing listing;
    for (const QString &dir : experimentDirs) {
        const Result<QString> name = experimentName(dir);
        if (!name) {
            problems.append(name.error());
            continue;
        }
        if (name->isEmpty())
            continue;
        listing.experiments.append(*name);
        const QFileInfoList runs =
            QDir(dir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &r : runs)
            if (QFileInfo::exists(r.absoluteFilePath() + u'/' + kMetaYaml))
                listing.runs.append({r.absoluteFilePath(), *name});
    }
    return listing;
}

Result<ImportedRun> readMlflowFileRun(const MlflowRunRef &ref) {
    const QString metaPath = ref.location + u'/' + kMetaYaml;
    MLWB_ASSIGN_OR_RETURN(const YAML::Node meta, loadMeta(metaPath));
    MlflowRunFields fields;
    MLWB_ASSIGN_OR_RETURN(fields.runId, field(meta, "run_id", metaPath));
    if (fields.runId.isEmpty()) {
        MLWB_ASSIGN_OR_RETURN(fields.runId, field(meta, "run_uuid", metaPath));
    }
    if (fields.runId.isEmpty())
        fields.runId = QFileInfo(ref.location).fileName();
    MLWB_ASSIGN_OR_RETURN(fields.name, field(meta, "run_name", metaPath));
    if (fields.name.isEmpty()) {
        MLWB_ASSIGN_OR_RETURN(fields.name, field(meta, "name", metaPath));
    }
    MLWB_ASSIGN_OR_RETURN(fields.status, field(meta, "status", metaPath));
    MLWB_ASSIGN_OR_RETURN(fields.lifecycleStage, field(meta, "lifecycle_stage", metaPath));
    MLWB_ASSIGN_OR_RETURN(fields.startMs, millis(meta, "start_time", metaPath));
    MLWB_ASSIGN_OR_RETURN(fields.endMs, millis(meta, "end_time", metaPath));

    QList<Param> params;
    for (const auto &[key, path] : keyedFiles(ref.location + QStringLiteral("/params"))) {
        MLWB_ASSIGN_OR_RETURN(const QByteArray value, readAll(path));
        params.append({key, parseParamValue(QString::fromUtf8(value))});
    }
    QList<Tag> tags;
    for (const auto &[key, path] : keyedFiles(ref.location + QStringLiteral("/tags"))) {
        MLWB_ASSIGN_OR_RETURN(const QByteArray value, readAll(path));
        tags.append({key, QString::fromUtf8(value)});
    }
    ImportedRun run;
    for (const auto &[key, path] : keyedFiles(ref.location + QStringLiteral("/metrics"))) {
        MLWB_ASSIGN_OR_RETURN(ImportedSeries series, readMetric(key, path));
        if (!series.values.empty())
            run.series.append(std::move(series));
    }
    if (auto filled =
            fillMlflowRun(run, fields, ref.experiment, std::move(params), std::move(tags));
        !filled)
        return std::unexpected(
            withContext(filled.error(), place(metaPath, lineOf(meta["status"]))));
    return run;
}

} // namespace mlwb::tracking::importers
