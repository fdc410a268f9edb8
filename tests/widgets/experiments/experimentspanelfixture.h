#pragma once
// A project with three runs (alpha, beta, gamma) on two commits, and helpers to
// drive the Experiments panel over it: the base of the panel's widget tests.

#include "demo/demoproject.h"
#include "experiments/comparecharts.h"
#include "experiments/compareview.h"
#include "experiments/diffview.h"
#include "experiments/experimentspanel.h"
#include "experiments/metricchartview.h"
#include "experiments/noteeditor.h"
#include "experiments/queryedit.h"
#include "experiments/runcolors.h"
#include "experiments/rundetailview.h"
#include "experiments/runeditor.h"
#include "experiments/runlogview.h"
#include "experiments/runstatusdelegate.h"
#include "itemmodels/dataversionwatcher.h"
#include "itemmodels/rungroupsmodel.h"
#include "itemmodels/runstablemodel.h"
#include "project/project.h"
#include "shared/theme.h"
#include "store/contentstore.h"
#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"
#include "vcs/repository.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <optional>

namespace mlwb::testing {

using namespace Qt::StringLiterals;
using itemmodels::RunsTableModel;
using widgets::experiments::ExperimentsPanel;

class ExperimentsPanelFixture : public QObject {
protected:
    QTemporaryDir m_dir;
    std::optional<Project> m_project;
    QStringList m_commits;

    static void writeFile(const QString &path, const QByteArray &text) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

    qint64 addRun(const QString &name, double lr, double startTime, const QString &commit,
                  double lossScale) {
        tracking::TrackingStore store(m_project->db());
        tracking::NewRun nr;
        nr.experiment = u"mnist"_s;
        nr.name = name;
        nr.startTime = startTime;
        nr.status = tracking::RunStatus::Finished;
        nr.endTime = startTime + 30;
        nr.git.commit = commit;
        nr.params = {{u"lr"_s, lr}};
        auto run = store.createRun(nr);
        if (!run)
            qFatal("%s", qPrintable(run.error().toString()));
        tracking::MetricWriter w(m_project->db(), run->id);
        for (int step = 0; step < 50; ++step) {
            (void)w.log(u"loss"_s, step, lossScale / (1 + step), startTime + step);
            (void)w.log(u"accuracy"_s, step, 1 - lossScale / (2 + step), startTime + step);
        }
        if (auto f = w.flush(); !f)
            qFatal("%s", qPrintable(f.error().toString()));
        return run->id;
    }

    void openPanel(ExperimentsPanel &panel) {
        panel.resize(1200, 800);
        panel.show();
        panel.setProject(m_dir.path());
        QTRY_COMPARE(panel.model()->rowCount(), 3);
        QTRY_VERIFY(!panel.isLoading());
    }

    static int columnOf(const RunsTableModel &m, const QString &id) {
        for (int c = 0; c < m.columnCount(); ++c) {
            if (m.headerData(c, Qt::Horizontal, RunsTableModel::ColumnIdRole) == id)
                return c;
        }
        return -1;
    }

    int nameColumn(const RunsTableModel &m) { return columnOf(m, u"name"_s); }

    static QStringList shownNames(ExperimentsPanel &panel) {
        const int col = columnOf(*panel.model(), u"name"_s);
        QStringList names;
        for (int r = 0; r < panel.model()->rowCount(); ++r)
            names.append(panel.model()->index(r, col).data().toString());
        return names;
    }

    static bool allLoaded(ExperimentsPanel &panel) {
        for (int r = 0; r < panel.model()->rowCount(); ++r) {
            (void)panel.model()->index(r, 0).data();
            if (!panel.model()->index(r, 0).data(RunsTableModel::LoadedRole).toBool())
                return false;
        }
        return true;
    }

    static void clickHeader(ExperimentsPanel &panel, const QString &columnId,
                            Qt::KeyboardModifiers modifiers = {}) {
        QHeaderView *header = panel.table()->horizontalHeader();
        const int section = columnOf(*panel.model(), columnId);
        QVERIFY(section >= 0);
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, modifiers, at);
    }

    QStringList viewColumns(ExperimentsPanel &panel) {
        QHeaderView *header = panel.table()->horizontalHeader();
        QStringList ids;
        for (int v = 0; v < header->count(); ++v)
            ids.append(panel.model()->columnAt(header->logicalIndex(v)).id());
        return ids;
    }

    void selectRows(ExperimentsPanel &panel, const QList<int> &rows) {
        auto *sel = panel.table()->selectionModel();
        sel->clearSelection();
        for (int r : rows) {
            QTRY_VERIFY(panel.model()->index(r, 0).data(RunsTableModel::LoadedRole).toBool());
            sel->select(panel.model()->index(r, 0),
                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        sel->setCurrentIndex(panel.model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    }

    // Settings of this test program only, empty at the start.
    static void isolateSettings(const QString &program) {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"mlwb-tests"_s);
        QCoreApplication::setApplicationName(program);
        QSettings().clear();
    }

    // A fresh project: two commits of train.py and three runs on them.
    void makeProject() {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        auto p = Project::init(m_dir.path());
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        m_project.emplace(std::move(*p));
        auto repo = vcs::Repository::initOrOpen(m_dir.path());
        QVERIFY(repo);
        writeFile(m_dir.filePath(u"train.py"_s), "lr = 0.1\nepochs = 10\n");
        auto c1 = repo->commitAll(u"first"_s, u"A"_s, u"a@example.org"_s);
        QVERIFY2(c1, qPrintable(c1 ? QString() : c1.error().toString()));
        writeFile(m_dir.filePath(u"train.py"_s), "lr = 0.01\nepochs = 10\nwarmup = 2\n");
        auto c2 = repo->commitAll(u"second"_s, u"A"_s, u"a@example.org"_s);
        QVERIFY(c2);
        m_commits = {*c1, *c2};
        addRun(u"alpha"_s, 0.1, 1000, *c1, 2.0);
        addRun(u"beta"_s, 0.01, 2000, *c2, 1.0);
        addRun(u"gamma"_s, 0.001, 3000, *c2, 1.5);
    }
};

} // namespace mlwb::testing
