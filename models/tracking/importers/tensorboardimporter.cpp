#include "importedrun.h"
#include "importers.h"
#include "tfevents.h"
#include "tfrecordreader.h"

#include "tracking/trackingstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace mlwb::tracking {

using namespace importers;

namespace {

// Event files grouped by their directory relative to the logdir ("." for the top).
QMap<QString, QStringList> findEventFiles(const QDir &root) {
    QMap<QString, QStringList> byDir;
    QDirIterator it(root.absolutePath(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (!info.fileName().contains(u"tfevents"))
            continue;
        const QString dir = root.relativeFilePath(info.absolutePath());
        byDir[dir.isEmpty() ? QStringLiteral(".") : dir].append(info.absoluteFilePath());
    }
    for (QStringList &files : byDir)
        files.sort();
    return byDir;
}

class RunReader {
public:
    RunReader(ImportedRun &run, ImportReport &report)
        : m_run(run)
        , m_report(report) {}

    // False when the user cancelled.
    Result<bool> readFile(const QString &path, qint64 doneBefore, qint64 total,
                          const ImportProgress &progress) {
        MLWB_ASSIGN_OR_RETURN(TFRecordReader reader, TFRecordReader::open(path));
        while (const std::optional<QByteArray> record = reader.next()) {
            if (auto events = decodeScalarEvents(*record))
                add(*events);
            else
                m_report.problems.append(withContext(
                    events.error(), importTr("%1: byte %2").arg(path).arg(reader.recordOffset())));
            if (progress && !progress(doneBefore + reader.position(), total))
                return false;
        }
        m_report.problems.append(reader.problems());
        return true;
    }

    void finish() {
        if (m_first <= m_last) {
            m_run.spec.startTime = m_first;
            m_run.spec.endTime = m_last;
        }
    }

private:
    void add(const QList<ScalarEvent> &events) {
        for (const ScalarEvent &e : events) {
            auto it = m_index.constFind(e.tag);
            if (it == m_index.cend()) {
                it = m_index.insert(e.tag, m_run.series.size());
                m_run.series.append(ImportedSeries{e.tag, {}, {}, {}});
            }
            ImportedSeries &s = m_run.series[*it];
            s.steps.push_back(e.step);
            s.times.push_back(e.wallTime);
            s.values.push_back(e.value);
            m_first = std::min(m_first, e.wallTime);
            m_last = std::max(m_last, e.wallTime);
        }
    }

    ImportedRun &m_run;
    ImportReport &m_report;
    QHash<QString, qsizetype> m_index;
    double m_first = INFINITY;
    double m_last = -INFINITY;
};

} // namespace

Result<ImportReport> importTensorBoard(store::Database &db, const QString &logdir,
                                       const QString &experiment, const ImportProgress &progress) {
    const QString what = importTr("import TensorBoard logs from %1").arg(logdir);
    const QDir root(logdir);
    if (!QFileInfo(logdir).isDir())
        return fail(what, importTr("it is not a directory"),
                    importTr("choose the log directory given to TensorBoard's --logdir"));
    const QMap<QString, QStringList> byDir = findEventFiles(root);
    if (byDir.isEmpty())
        return fail(what, importTr("no *tfevents* files were found below it"),
                    importTr("choose the log directory given to TensorBoard's --logdir"));

    qint64 total = 0;
    for (const QStringList &files : byDir)
        for (const QString &f : files)
            total += QFileInfo(f).size();

    QString experimentName = experiment;
    if (experimentName.isEmpty())
        experimentName = QFileInfo(root.absolutePath()).fileName();
    if (experimentName.isEmpty())
        experimentName = QStringLiteral("tensorboard");

    ImportReport report;
    TrackingStore store(db);
    MLWB_TRY(store.ensureExperiment(experimentName));
    report.experiments = 1;

    qint64 done = 0;
    for (auto it = byDir.cbegin(); it != byDir.cend(); ++it) {
        ImportedRun run;
        run.spec.experiment = experimentName;
        run.spec.name = it.key();
        run.spec.source = QStringLiteral("tensorboard:") + it.value().first();
        run.spec.status = RunStatus::Finished;
        qint64 dirBytes = 0;
        for (const QString &f : it.value())
            dirBytes += QFileInfo(f).size();

        MLWB_ASSIGN_OR_RETURN(const std::optional<qint64> existing,
                              store.runIdForSource(run.spec.source));
        if (existing) {
            ++report.skippedRuns;
            done += dirBytes;
            continue;
        }
        RunReader reader(run, report);
        for (const QString &file : it.value()) {
            auto read = reader.readFile(file, done, total, progress);
            if (!read) {
                report.problems.append(read.error());
            } else if (!*read) {
                return fail(what, importTr("cancelled"),
                            importTr("%n run(s) were imported before cancelling", report.runs));
            }
            done += QFileInfo(file).size();
        }
        reader.finish();
        if (auto written = writeImportedRun(db, run, report); !written)
            return fail(what, written.error().toString());
    }
    if (progress)
        progress(total, total);
    return report;
}

} // namespace mlwb::tracking
