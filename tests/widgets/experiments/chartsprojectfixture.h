#pragma once

// A project in a temporary folder with runs and a "loss" metric, for the chart tests.

#include "project/project.h"
#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

class ChartsProjectFixture {
protected:
    static constexpr double kStart = 1'700'000'000.0;

    QTemporaryDir m_dir;
    std::optional<mlwb::Project> m_project;

    QString dbPath() const { return m_project->paths().database(); }

    // Call from initTestCase().
    void makeProject() {
        QVERIFY(m_dir.isValid());
        auto p = mlwb::Project::init(m_dir.path());
        QVERIFY2(p, p ? "" : qPrintable(p.error().toString()));
        m_project.emplace(std::move(*p));
    }

    qint64 addRun(const QString &name, const QList<mlwb::tracking::Param> &params,
                  mlwb::tracking::RunStatus status = mlwb::tracking::RunStatus::Finished,
                  double start = kStart) {
        mlwb::tracking::TrackingStore store(m_project->db());
        mlwb::tracking::NewRun nr;
        nr.experiment = QStringLiteral("charts");
        nr.name = name;
        nr.startTime = start;
        nr.status = status;
        nr.params = params;
        auto run = store.createRun(nr);
        if (!run)
            qFatal("%s", qPrintable(run.error().toString()));
        return run->id;
    }

    // Logs `value(step)` at steps [from, to), `secondsPerStep` apart, 10 s after `start`.
    template <typename F>
    void logLoss(qint64 runId, qint64 from, qint64 to, F value, double start = kStart,
                 double secondsPerStep = 2.0) {
        mlwb::tracking::MetricWriter w(m_project->db(), runId);
        for (qint64 step = from; step < to; ++step)
            QVERIFY(w.log(QStringLiteral("loss"), step, value(step),
                          start + 10 + secondsPerStep * double(step)));
        QVERIFY(w.flush());
    }
};
