#include "datasets/comparisonsummaryview.h"
#include "datasets/datasetspanel.h"
#include "datasets/driftview.h"
#include "datasets/histogramview.h"
#include "datasets/profileview.h"
#include "datasets/tablediffview.h"
#include "itemmodels/datasetprofilemodel.h"
#include "itemmodels/datasetversionsmodel.h"
#include "itemmodels/tablediffmodel.h"
#include "itemmodels/tst_datasetfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace mlwb;
using namespace mlwb::widgets::datasets;
using itemmodels::TableDiffModel;

class TestDatasetsPanel : public QObject {
    Q_OBJECT

private:
    // A panel on the project, shown, with the latest two versions compared.
    static bool openAndWait(DatasetsPanel &panel, const QString &root) {
        QSignalSpy finished(&panel, &DatasetsPanel::comparisonFinished);
        panel.resize(1200, 800);
        panel.show();
        panel.setProject(root);
        return finished.wait(30000);
    }

    static QAction *action(const DatasetsPanel &panel, const QString &text) {
        for (QAction *a : panel.panelActions()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("mlwb-tests"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void comparesTheLatestTwoVersionsAndShowsWhatChanged() {
        testing::CustomersProject project;
        QVERIFY(project.create());
        DatasetsPanel panel;
        QVERIFY(openAndWait(panel, project.root));
        QVERIFY(!panel.isLoading());

        // The dataset and its two versions are listed, both selected.
        itemmodels::DatasetVersionsModel *versions = panel.versionsModel();
        QCOMPARE(versions->rowCount(), 1);
        QCOMPARE(versions->index(0, 0).data().toString(), QStringLiteral("customers"));
        QCOMPARE(panel.versionsView()->selectionModel()->selectedRows().size(), 2);
        QCOMPARE(panel.pairLabel()->text(), QStringLiteral("A: customers@1  →  B: customers@2"));
        QVERIFY(panel.errorLabel()->isHidden());

        // Summary: the row counts and the drift summary.
        const QString summary = panel.summaryView()->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("150\nrows added")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("2\nrows removed")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("2\nrows changed")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 column(s) added")), qPrintable(summary));
        const datasets::DriftReport &drift = *panel.comparison()->drift;
        QVERIFY2(summary.contains(QStringLiteral("%1 of %2 columns drifted")
                                      .arg(drift.driftedColumns)
                                      .arg(drift.columns.size())),
                 qPrintable(summary));

        // Table: every row first; schema changes above; then changes only.
        panel.tabs()->setCurrentWidget(panel.tableView());
        TableDiffView *table = panel.tableView();
        QCOMPARE(table->model()->rowCount(), 196 + 150 + 2 + 2);
        QVERIFY(table->schemaLabel()->isVisible());
        QVERIFY(table->schemaLabel()->text().contains(QStringLiteral("segment")));
        QVERIFY(table->countsLabel()->text().contains(QStringLiteral("key id")));
        QCheckBox *changesOnly = table->changesOnlyBox();
        QTest::mouseClick(changesOnly, Qt::LeftButton, {}, QPoint(4, changesOnly->height() / 2));
        QVERIFY(changesOnly->isChecked());
        QCOMPARE(table->model()->rowCount(), 150 + 2 + 2);

        // F8 jumps to the first change, then the next; Shift+F8 back.
        changesOnly->setChecked(false);
        QCOMPARE(table->model()->rowCount(), 350);
        panel.activateWindow();
        table->table()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QTest::keyClick(table->table(), Qt::Key_F8);
        const int first = table->table()->currentIndex().row();
        QVERIFY(first >= 0);
        QVERIFY(table->model()->rowKind(first) != TableDiffModel::RowKind::Unchanged);
        QCOMPARE(table->model()->rowKind(first), TableDiffModel::RowKind::Removed); // id 5
        QTest::keyClick(table->table(), Qt::Key_F8);
        const int second = table->table()->currentIndex().row();
        QVERIFY(second > first);
        QTest::keyClick(table->table(), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(table->table()->currentIndex().row(), first);
        // The edited city of id 20 reads old → new.
        bool madrid = false;
        for (int r = 0; r < table->model()->rowCount() && !madrid; ++r) {
            for (int c = 1; c < table->model()->columnCount(); ++c) {
                if (table->model()->index(r, c).data().toString().endsWith(
                        QStringLiteral(" → Madrid")))
                    madrid = true;
            }
        }
        QVERIFY(madrid);

        // Profiles: the drifted column is marked and shown first.
        panel.tabs()->setCurrentWidget(panel.profileView());
        ProfileView *profiles = panel.profileView();
        const QModelIndex current = profiles->columnList()->currentIndex();
        QVERIFY(current.data(itemmodels::ProfileColumnsModel::DriftedRole).toBool());
        QVERIFY(current.data().toString().endsWith(QStringLiteral("(drifted)")));
        QVERIFY(profiles->showColumn(QStringLiteral("score")));
        QCOMPARE(profiles->titleLabel()->text(), QStringLiteral("score — drifted"));
        QVERIFY(profiles->histogram()->barCount() > 1);
        QCOMPARE(profiles->statsModel()->index(1, 1).data().toString(), QStringLiteral("200"));
        QCOMPARE(profiles->statsModel()->index(1, 2).data().toString(), QStringLiteral("348"));

        // Drift: the summary at the top and the score row failing.
        panel.tabs()->setCurrentWidget(panel.driftView());
        DriftView *driftView = panel.driftView();
        QVERIFY(driftView->summaryLabel()->text().contains(QStringLiteral("columns drifted")));
        bool scoreDrifted = false;
        for (int r = 0; r < driftView->model()->rowCount(); ++r) {
            const QModelIndex name = driftView->model()->index(r, 0);
            if (name.data().toString() == QLatin1String("score"))
                scoreDrifted = driftView->model()
                                   ->index(r, itemmodels::DriftReportModel::ResultColumn)
                                   .data()
                                   .toString() == QLatin1String("Drift");
        }
        QVERIFY(scoreDrifted);
    }

    void keyChoiceAndToleranceRecomputeTheDiff() {
        testing::CustomersProject project;
        QVERIFY(project.create());
        DatasetsPanel panel;
        QVERIFY(openAndWait(panel, project.root));
        TableDiffView *table = panel.tableView();
        QComboBox *key = table->keyCombo();
        QVERIFY(key->itemText(0).contains(QStringLiteral("id")));
        const int byContent = 1;
        QSignalSpy finished(&panel, &DatasetsPanel::comparisonFinished);
        key->setCurrentIndex(byContent);
        Q_EMIT key->activated(byContent);
        QVERIFY(finished.wait(30000));
        QVERIFY(table->countsLabel()->text().contains(QStringLiteral("matched by content")));
        QVERIFY(panel.comparison()->diff->keyColumns.isEmpty());
    }

    void linkSelectsThatVersionAndExportWritesJson() {
        testing::CustomersProject project;
        QVERIFY(project.create());
        DatasetsPanel panel;
        QVERIFY(openAndWait(panel, project.root));
        QSignalSpy finished(&panel, &DatasetsPanel::comparisonFinished);
        QVERIFY(panel.openLink(QUrl(QStringLiteral("mlwb://datasets/customers/2?tab=drift"))));
        QVERIFY(finished.wait(30000));
        QCOMPARE(panel.tabs()->currentWidget(), panel.driftView());
        QCOMPARE(panel.pairLabel()->text(), QStringLiteral("A: customers@1  →  B: customers@2"));
        QVERIFY(!panel.openLink(QUrl(QStringLiteral("mlwb://registry/x/1"))));

        QSignalSpy exported(&panel, &DatasetsPanel::exported);
        const QString out = QDir(project.root).filePath(QStringLiteral("diff.json"));
        panel.exportDiff(out, true);
        QVERIFY(exported.wait(10000));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(
            json.value(QStringLiteral("rows")).toObject().value(QStringLiteral("added")).toInt(),
            150);
    }

    void malformedFileIsShownInlineNamingItsLine() {
        QTemporaryDir dir;
        QString a;
        QString b;
        QVERIFY(testing::writeMalformedPair(dir, a, b));
        DatasetsPanel panel;
        panel.show();
        QSignalSpy finished(&panel, &DatasetsPanel::comparisonFinished);
        panel.compareFiles(a, b);
        QVERIFY(finished.wait(30000));
        QVERIFY(panel.errorLabel()->isVisible());
        QVERIFY2(panel.errorLabel()->text().contains(QStringLiteral("b.csv:3")),
                 qPrintable(panel.errorLabel()->text()));
    }

    void emptyProjectSaysWhatToDo() {
        QTemporaryDir dir;
        QVERIFY(Project::init(dir.path()));
        DatasetsPanel panel;
        panel.show();
        panel.setProject(dir.path());
        QTRY_VERIFY(!panel.isLoading());
        QCOMPARE(panel.versionsModel()->rowCount(), 0);
        QVERIFY(panel.findChildren<QLabel *>().size() > 0);
        bool hint = false;
        for (QLabel *l : panel.findChildren<QLabel *>())
            hint = hint || (l->isVisible() && l->text().contains(QStringLiteral("mlwb data add")));
        QVERIFY(hint);
    }
};

QTEST_MAIN(TestDatasetsPanel)
#include "tst_datasetspanel.moc"
