#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Runs the built `mlwb` (MLWB_CLI) as a user would and collects its output.
struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult mlwbCli(const QStringList &args, const QString &workdir = {}) {
    QProcess p;
    if (!workdir.isEmpty())
        p.setWorkingDirectory(workdir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MLWB_CLI), args);
    if (!p.waitForStarted() || !p.waitForFinished(120'000))
        qFatal("mlwb did not run: %s", qPrintable(p.errorString()));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
