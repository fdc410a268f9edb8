#include "mlflowrun.h"

#include <cmath>
#include <limits>

namespace mlwb::tracking::importers {

namespace {

std::optional<RunStatus> mlflowStatus(const QString &text) {
    // mlflow.entities.RunStatus: RUNNING=1, SCHEDULED=2, FINISHED=3, FAILED=4, KILLED=5.
    static const QHash<QString, RunStatus> byName{
        {QStringLiteral("RUNNING"), RunStatus::Running},
        {QStringLiteral("SCHEDULED"), RunStatus::Running},
        {QStringLiteral("FINISHED"), RunStatus::Finished},
        {QStringLiteral("FAILED"), RunStatus::Failed},
        {QStringLiteral("KILLED"), RunStatus::Killed},
    };
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber) {
        constexpr RunStatus byNumber[] = {RunStatus::Running, RunStatus::Running,
                                          RunStatus::Finished, RunStatus::Failed,
                                          RunStatus::Killed};
        if (number >= 1 && number <= 5)
            return byNumber[number - 1];
        return std::nullopt;
    }
    const auto it = byName.constFind(text.trimmed().toUpper());
    return it == byName.cend() ? std::nullopt : std::optional(*it);
}

} // namespace

std::optional<double> parseMlflowDouble(QStringView text) {
    const QStringView t = text.trimmed();
    if (t.compare(u"nan", Qt::CaseInsensitive) == 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (t.compare(u"inf", Qt::CaseInsensitive) == 0 ||
        t.compare(u"infinity", Qt::CaseInsensitive) == 0)
        return std::numeric_limits<double>::infinity();
    if (t.compare(u"-inf", Qt::CaseInsensitive) == 0 ||
        t.compare(u"-infinity", Qt::CaseInsensitive) == 0)
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional(v) : std::nullopt;
}

Status fillMlflowRun(ImportedRun &run, const MlflowRunFields &fields, const QString &experiment,
                     QList<Param> params, QList<Tag> tags) {
    const std::optional<RunStatus> status = mlflowStatus(fields.status);
    if (!status)
        return fail(importTr("status \"%1\"").arg(fields.status),
                    importTr("not an MLflow run status"),
                    importTr("expected 1-5 or RUNNING, SCHEDULED, FINISHED, FAILED, KILLED"));
    NewRun &spec = run.spec;
    spec.experiment = experiment;
    spec.source = QStringLiteral("mlflow:") + fields.runId;
    spec.status = *status;
    spec.name = fields.name;
    if (fields.startMs)
        spec.startTime = double(*fields.startMs) / 1000.0;
    if (fields.endMs)
        spec.endTime = double(*fields.endMs) / 1000.0;
    for (const Tag &t : tags) {
        if (t.key == u"mlflow.runName" && !t.value.isEmpty())
            spec.name = t.value;
        else if (t.key == u"mlflow.source.git.commit")
            spec.git.commit = t.value;
        else if (t.key == u"mlflow.source.name")
            spec.command = t.value;
        else if (t.key == u"mlflow.parentRunId" && !t.value.isEmpty())
            run.parentSource = QStringLiteral("mlflow:") + t.value;
    }
    spec.params = std::move(params);
    spec.tags = std::move(tags);
    run.deleted = fields.lifecycleStage == u"deleted";
    return {};
}

} // namespace mlwb::tracking::importers
