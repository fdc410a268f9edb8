#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace mlwb::tracking {

enum class RunStatus { Running, Finished, Failed, Killed };

QString toString(RunStatus s); // "running", "finished", ...
std::optional<RunStatus> runStatusFromString(const QString &s);

// A typed parameter value; the type survives a round trip through the store.
using ParamValue = std::variant<qint64, double, QString, bool>;

struct Param {
    QString key;
    ParamValue value;
};
QString typeName(const ParamValue &v); // "int", "float", "string", "bool"
QString toDisplayString(const ParamValue &v);
// Parses "3" -> int, "0.1"/"1e-3"/"nan" -> float, "true"/"false" -> bool, else string.
ParamValue parseParamValue(const QString &text);

struct Tag {
    QString key;
    QString value;
};

struct GitState {
    QString commit; // full hex id; empty outside a git repository
    bool dirty = false;
    QString patch; // uncommitted changes against `commit`, unified diff
};

struct Experiment {
    qint64 id = 0;
    QString name;
    QString description;
    double createdAt = 0;
};

struct Run {
    qint64 id = 0;
    QString uuid;
    qint64 experimentId = 0;
    QString experiment;
    std::optional<qint64> parentId;
    QString name;
    RunStatus status = RunStatus::Running;
    double startTime = 0; // unix seconds
    std::optional<double> endTime;
    QString command;
    std::optional<int> exitCode;
    QString host;
    std::optional<qint64> pid;
    GitState git;
    QString note;
    std::optional<double> deletedAt; // set while the run is in the trash
};

struct NewRun {
    QString experiment = QStringLiteral("default");
    QString name; // generated when empty
    QString command;
    QString host; // this machine's name when empty
    std::optional<qint64> parentId;
    std::optional<qint64> pid;
    GitState git;
    QString source; // importer identity, e.g. "mlflow:<run id>"; re-imports skip it
    std::optional<double> startTime; // now when empty
    RunStatus status = RunStatus::Running;
    std::optional<double> endTime;
    QList<Param> params;
    QList<Tag> tags;
};

struct MetricSummary {
    QString key;
    std::optional<double> last; // NaN is stored as "no value"
    qint64 lastStep = 0;
    std::optional<double> min;
    std::optional<double> max;
    qint64 count = 0;
};

struct Artifact {
    QString path; // as the run named it, e.g. "model.onnx" or "logs/stdout.txt"
    QString hash;
    qint64 size = 0;
    double createdAt = 0;
};

} // namespace mlwb::tracking
