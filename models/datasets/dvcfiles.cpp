#include "dvcfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

QString qs(const std::string &s) {
    return QString::fromStdString(s);
}

QString place(const QString &source, const YAML::Mark &mark) {
    if (mark.is_null())
        return source;
    return QStringLiteral("%1:%2:%3").arg(source).arg(mark.line + 1).arg(mark.column + 1);
}

Error badField(const QString &source, const YAML::Node &node, const QString &why) {
    return Error{tr("read %1").arg(place(source, node.Mark())), why,
                 tr("fix the file, or restore it with git; it was not changed")};
}

Result<YAML::Node> load(const QByteArray &yaml, const QString &source) {
    try {
        return YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return fail(tr("read %1").arg(place(source, e.mark)), qs(e.msg),
                    tr("fix the YAML, or restore the file with git; it was not changed"));
    }
}

bool isMd5(const QString &s) {
    if (s.size() != 32)
        return false;
    for (const QChar c : s)
        if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f')))
            return false;
    return true;
}

QString joinPath(const QString &baseDir, const QString &path) {
    const QString joined = baseDir.isEmpty() ? path : baseDir + QLatin1Char('/') + path;
    return QDir::cleanPath(joined);
}

QString scalar(const YAML::Node &map, const char *key) {
    const YAML::Node n = map[key];
    return n && n.IsScalar() ? qs(n.Scalar()) : QString();
}

qint64 integer(const YAML::Node &map, const char *key) {
    bool ok = false;
    const qint64 v = scalar(map, key).toLongLong(&ok);
    return ok ? v : -1;
}

// One entry of "outs:" or "deps:" with a path and (usually) an md5.
Result<DvcOut> readOut(const YAML::Node &node, const QString &source, const QString &baseDir) {
    if (!node.IsMap())
        return std::unexpected(badField(source, node, tr("expected 'path:' and 'md5:' entries")));
    DvcOut out;
    const QString path = scalar(node, "path");
    if (path.isEmpty())
        return std::unexpected(badField(source, node, tr("the entry has no 'path'")));
    out.path = joinPath(baseDir, path);
    QString md5 = scalar(node, "md5");
    if (md5.isEmpty())
        md5 = scalar(node, "checksum"); // some remotes' and very old files' name
    out.folder = md5.endsWith(QLatin1String(".dir"));
    if (out.folder)
        md5.chop(4);
    if (!md5.isEmpty() && !isMd5(md5))
        return std::unexpected(badField(source, node, tr("'%1' is not an md5 hash").arg(md5)));
    out.md5 = md5;
    out.size = integer(node, "size");
    out.nfiles = integer(node, "nfiles");
    out.md5Only = scalar(node, "hash") == QLatin1String("md5");
    out.source = source;
    return out;
}

Status readOutList(const YAML::Node &list, const QString &source, const QString &baseDir,
                   const QString &stage, bool dependency, QList<DvcOut> &into) {
    if (!list)
        return {};
    if (!list.IsSequence())
        return std::unexpected(badField(source, list, tr("expected a list")));
    for (const YAML::Node &item : list) {
        MLWB_ASSIGN_OR_RETURN(DvcOut out, readOut(item, source, baseDir));
        out.stage = stage;
        out.dependency = dependency;
        into.append(std::move(out));
    }
    return {};
}

Status readStage(const QString &name, const YAML::Node &stage, const QString &source,
                 const QString &baseDir, QList<DvcOut> &into) {
    if (!stage.IsMap())
        return std::unexpected(badField(source, stage, tr("stage '%1' is not a map").arg(name)));
    MLWB_TRY(readOutList(stage["outs"], source, baseDir, name, false, into));
    MLWB_TRY(readOutList(stage["deps"], source, baseDir, name, true, into));
    return {};
}

} // namespace

Result<QList<DvcOut>> parseDvcFile(const QByteArray &yaml, const QString &source,
                                   const QString &baseDir) {
    MLWB_ASSIGN_OR_RETURN(const YAML::Node root, load(yaml, source));
    if (!root.IsMap() || !root["outs"])
        return std::unexpected(badField(source, root, tr("a .dvc file needs an 'outs:' list")));
    QList<DvcOut> outs;
    try {
        MLWB_TRY(readOutList(root["outs"], source, baseDir, {}, false, outs));
        MLWB_TRY(readOutList(root["deps"], source, baseDir, {}, true, outs));
    } catch (const YAML::Exception &e) {
        return fail(tr("read %1").arg(place(source, e.mark)), qs(e.msg));
    }
    return outs;
}

Result<QList<DvcOut>> parseDvcLock(const QByteArray &yaml, const QString &source,
                                   const QString &baseDir) {
    MLWB_ASSIGN_OR_RETURN(const YAML::Node root, load(yaml, source));
    QList<DvcOut> outs;
    if (root.IsNull())
        return outs;
    if (!root.IsMap())
        return std::unexpected(badField(source, root, tr("expected a map of stages")));
    try {
        const QString schema = scalar(root, "schema");
        if (!schema.isEmpty()) { // 2.0: schema + stages
            if (!schema.startsWith(QLatin1String("2.")))
                return std::unexpected(badField(
                    source, root["schema"],
                    tr("schema '%1' is not known; DVC 1.x and 2.0 lockfiles are").arg(schema)));
            const YAML::Node stages = root["stages"];
            if (stages && !stages.IsMap())
                return std::unexpected(badField(source, stages, tr("'stages' is not a map")));
            for (const auto &kv : stages)
                MLWB_TRY(readStage(qs(kv.first.Scalar()), kv.second, source, baseDir, outs));
        } else { // 1.0: the stages at the top level
            for (const auto &kv : root)
                MLWB_TRY(readStage(qs(kv.first.Scalar()), kv.second, source, baseDir, outs));
        }
    } catch (const YAML::Exception &e) {
        return fail(tr("read %1").arg(place(source, e.mark)), qs(e.msg));
    }
    return outs;
}

Result<QList<DvcStage>> parseDvcYaml(const QByteArray &yaml, const QString &source) {
    MLWB_ASSIGN_OR_RETURN(const YAML::Node root, load(yaml, source));
    QList<DvcStage> stages;
    try {
        const YAML::Node map = root["stages"];
        if (!map)
            return stages;
        if (!map.IsMap())
            return std::unexpected(badField(source, map, tr("'stages' is not a map")));
        // "- path" or "- path: {cache: false}"
        auto paths = [](const YAML::Node &list) {
            QStringList out;
            if (!list || !list.IsSequence())
                return out;
            for (const YAML::Node &item : list) {
                if (item.IsScalar())
                    out.append(qs(item.Scalar()));
                else if (item.IsMap() && item.size() > 0)
                    out.append(qs(item.begin()->first.Scalar()));
            }
            return out;
        };
        for (const auto &kv : map) {
            DvcStage s;
            s.name = qs(kv.first.Scalar());
            s.cmd = kv.second["cmd"] && kv.second["cmd"].IsScalar() ? qs(kv.second["cmd"].Scalar())
                                                                    : QString();
            s.deps = paths(kv.second["deps"]);
            s.outs = paths(kv.second["outs"]);
            stages.append(std::move(s));
        }
    } catch (const YAML::Exception &e) {
        return fail(tr("read %1").arg(place(source, e.mark)), qs(e.msg));
    }
    return stages;
}

Result<QList<DvcDirEntry>> parseDvcDirManifest(const QByteArray &json, const QString &source) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("read DVC folder manifest %1 at byte %2").arg(source).arg(error.offset),
                    error.errorString(), tr("the DVC cache may be damaged; run `dvc fetch`"));
    if (!doc.isArray())
        return fail(tr("read DVC folder manifest %1").arg(source),
                    tr("expected a JSON list of {md5, relpath}"),
                    tr("the DVC cache may be damaged; run `dvc fetch`"));
    QList<DvcDirEntry> out;
    const QJsonArray items = doc.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        const QString md5 = o.value(QStringLiteral("md5")).toString();
        const QString relpath = o.value(QStringLiteral("relpath")).toString();
        if (!isMd5(md5) || relpath.isEmpty() || relpath.startsWith(QLatin1Char('/')) ||
            relpath.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            return fail(tr("read DVC folder manifest %1, entry %2").arg(source).arg(i + 1),
                        tr("expected an md5 and a relative path inside the folder"),
                        tr("the DVC cache may be damaged; run `dvc fetch`"));
        out.append({md5, relpath});
    }
    return out;
}

} // namespace mlwb::datasets
