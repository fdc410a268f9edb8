#include "demojob.h"

#include "demo/demoproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent>

namespace mlwb::gui {

namespace {

void generate(QPromise<Result<QString>> &promise, const QString &dir) {
    promise.setProgressRange(0, 100);
    auto report = demo::generateDemoProject(dir, {}, [&promise](int percent) {
        promise.setProgressValue(percent);
        return !promise.isCanceled();
    });
    if (report)
        promise.addResult(Result<QString>(report->root));
    else
        promise.addResult(Result<QString>(std::unexpected(report.error())));
}

} // namespace

DemoJob::DemoJob(QObject *parent)
    : QObject(parent) {}

QString DemoJob::freeDemoDir(const QString &parentDir) {
    const QDir parent(parentDir);
    QString name = QStringLiteral("mlwb-demo");
    for (int i = 2; parent.exists(name); ++i)
        name = QStringLiteral("mlwb-demo-%1").arg(i);
    return parent.filePath(name);
}

DemoJob *DemoJob::start(const QString &dir, QWidget *dialogParent) {
    auto *job = new DemoJob(dialogParent);
    auto *dialog = new QProgressDialog(tr("Generating the demo project in %1\u2026").arg(dir),
                                       tr("Cancel"), 0, 100, dialogParent);
    dialog->setObjectName(QStringLiteral("demoProgress"));
    dialog->setWindowTitle(tr("Generate Demo Project"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(0);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    job->m_dialog = dialog;

    auto *watcher = new QFutureWatcher<Result<QString>>(job);
    connect(watcher, &QFutureWatcher<Result<QString>>::progressValueChanged, dialog,
            &QProgressDialog::setValue);
    connect(dialog, &QProgressDialog::canceled, watcher, &QFutureWatcher<Result<QString>>::cancel);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, job, [job, watcher, dir] {
        if (job->m_dialog)
            job->m_dialog->close();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            Q_EMIT job->canceled(dir);
        } else {
            const Result<QString> result = watcher->result();
            if (result)
                Q_EMIT job->finished(*result);
            else
                Q_EMIT job->failed(result.error());
        }
        job->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(generate, dir));
    dialog->show();
    return job;
}

} // namespace mlwb::gui
