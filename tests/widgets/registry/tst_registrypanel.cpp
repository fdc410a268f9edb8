#include "models/registry/registrytestutil.h"

#include "datasets/datasetstore.h"
#include "itemmodels/modelversioncomparemodel.h"
#include "itemmodels/modelversionsignaturemodel.h"
#include "itemmodels/modelversionsmodel.h"
#include "itemmodels/registrygatesmodel.h"
#include "itemmodels/registrymodelsmodel.h"
#include "registry/gatesview.h"
#include "registry/lineageview.h"
#include "registry/registryeditor.h"
#include "registry/registrypanel.h"
#include "registry/versioncompareview.h"
#include "registry/versiondetailview.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace mlwb;
using namespace mlwb::testsupport;
using mlwb::itemmodels::ModelVersionsModel;
using mlwb::widgets::registry::RegistryPanel;

// The Registry panel on a real project: digits@1 (champion, val_acc 0.90, MLP,
// trained on dataset "digits-data" v1), digits@2 (challenger, 0.93, MLP) and
// digits@3 (0.95, a CNN with another input). The gate file asks for
// val_acc >= 0.92 and the champion's signature: v1 and v3 fail one rule each.
class TstRegistryPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Project> m_project;
    QString m_run1;
    RegistryPanel *m_panel = nullptr;

    registry::ModelRegistry registryOfTest() { return registry::ModelRegistry(*m_project); }

    std::optional<int> championOf() {
        auto reg = registryOfTest();
        auto target = reg.aliasTarget(QStringLiteral("digits"), QStringLiteral("champion"));
        if (!target || !*target)
            return std::nullopt;
        return (*target)->version;
    }

    void select(int version) {
        m_panel->openLink(QUrl(QStringLiteral("mlwb://registry/digits/%1").arg(version)));
        QTRY_COMPARE(m_panel->currentVersion().value_or(0), version);
        QTRY_VERIFY(m_panel->details()->titleLabel()->text().contains(
            QStringLiteral("version %1").arg(version)));
    }

    QAction *action(const QKeySequence &key) {
        for (QAction *a : m_panel->panelActions()) {
            if (a->shortcuts().contains(key))
                return a;
        }
        return nullptr;
    }

    void writeGates(const QByteArray &yaml) {
        QFile f(m_dir.filePath(QStringLiteral("mlwb-gates.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(yaml);
    }

    static QByteArray goodGates() {
        return "models:\n"
               "  digits:\n"
               "    rules:\n"
               "      - metrics.val_acc >= 0.92\n"
               "      - signature == champion.signature\n";
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_project.emplace(makeProject(m_dir.path()));
        const auto v1 =
            makeTrainedRun(*m_project, QStringLiteral("mlp"),
                           {{QStringLiteral("val_acc"), 0.90}, {QStringLiteral("val_loss"), 0.25}},
                           {{QStringLiteral("lr"), 0.1}}, demoModel("digits-mlp-v1.onnx"));
        const auto v2 =
            makeTrainedRun(*m_project, QStringLiteral("mlp-wide"),
                           {{QStringLiteral("val_acc"), 0.93}, {QStringLiteral("val_loss"), 0.21}},
                           {{QStringLiteral("lr"), 0.01}}, demoModel("digits-mlp-v2.onnx"));
        const auto v3 =
            makeTrainedRun(*m_project, QStringLiteral("cnn"), {{QStringLiteral("val_acc"), 0.95}},
                           {}, demoModel("digits-cnn-v3.onnx"));
        m_run1 = v1.uuid;
        // The first run read a dataset version.
        QDir(m_dir.path()).mkpath(QStringLiteral("data"));
        QFile csv(m_dir.filePath(QStringLiteral("data/train.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("x,y\n1,2\n");
        csv.close();
        datasets::DatasetStore data(*m_project);
        auto snap = data.snapshot(m_dir.filePath(QStringLiteral("data")),
                                  {QStringLiteral("digits-data"), {}, {}});
        MLWB_VERIFY_OK(snap);
        MLWB_VERIFY_OK(data.recordUse(v1.id, snap->version.id));

        auto reg = registryOfTest();
        const QString model = QStringLiteral("digits"), artifact = QStringLiteral("model.onnx");
        MLWB_VERIFY_OK(
            reg.registerRunArtifact(model, v1.uuid, artifact, {{}, QStringLiteral("champion")}));
        MLWB_VERIFY_OK(
            reg.registerRunArtifact(model, v2.uuid, artifact, {{}, QStringLiteral("challenger")}));
        MLWB_VERIFY_OK(reg.registerRunArtifact(model, v3.uuid, artifact));
        writeGates(goodGates());
    }

    void init() {
        m_panel = new RegistryPanel;
        m_panel->resize(1200, 800);
        m_panel->show();
        m_panel->setProject(m_dir.path());
        QTRY_VERIFY(!m_panel->isLoading());
    }

    void cleanup() {
        m_panel->editor()->waitForDone();
        delete m_panel;
        m_panel = nullptr;
    }

    void cleanupTestCase() { m_project.reset(); }

    void listsModelAndVersions() {
        QTRY_COMPARE(m_panel->modelsModel()->rowCount(), 1);
        QCOMPARE(m_panel->currentModel(), QStringLiteral("digits"));
        QCOMPARE(m_panel->versionsModel()->rowCount(), 3);
        QCOMPARE(m_panel->currentVersion(), std::optional<int>(3)); // the newest
        const auto *versions = m_panel->versionsModel();
        QCOMPARE(
            itemmodels::GateStatus(
                versions->index(versions->rowOf(2), 0).data(ModelVersionsModel::GateRole).toInt()),
            itemmodels::GateStatus::Passed);
        QCOMPARE(
            itemmodels::GateStatus(
                versions->index(versions->rowOf(1), 0).data(ModelVersionsModel::GateRole).toInt()),
            itemmodels::GateStatus::Failed);
    }

    void selectingAVersionShowsItsSignature_data() {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("shape");
        QTest::newRow("mlp") << 1 << "pixels"
                             << "[batch, 64]";
        QTest::newRow("cnn") << 3 << "image"
                             << "[batch, 1, 8, 8]";
    }
    void selectingAVersionShowsItsSignature() {
        QFETCH(int, version);
        QFETCH(QString, input);
        QFETCH(QString, shape);
        select(version);
        const auto *sig = m_panel->details()->signatureModel();
        QCOMPARE(sig->index(0, itemmodels::ModelSignatureModel::NameColumn).data().toString(),
                 input);
        QCOMPARE(sig->index(0, itemmodels::ModelSignatureModel::TypeColumn).data().toString(),
                 QStringLiteral("float32"));
        QCOMPARE(sig->index(0, itemmodels::ModelSignatureModel::ShapeColumn).data().toString(),
                 shape);
        QVERIFY(!m_panel->details()->signatureTable()->isHidden());
        QVERIFY(m_panel->details()->fileLabel()->text().contains(QStringLiteral("Opset")));
    }

    void sourceRunAndDatasetsAreLinked() {
        select(1);
        const QString source = m_panel->details()->sourceLabel()->text();
        QVERIFY2(source.contains(QStringLiteral("mlwb://experiments/run/") + m_run1),
                 qPrintable(source));
        QVERIFY(source.contains(QStringLiteral("val_acc")));
        QVERIFY(source.contains(QStringLiteral("0123456789"))); // the commit
        QVERIFY(m_panel->details()->datasetsLabel()->text().contains(
            QStringLiteral("mlwb://datasets/digits-data/1")));
    }

    void movingAnAliasIsUndoable() {
        select(2);
        QCOMPARE(championOf(), std::optional<int>(1));
        m_panel->promoteAlias(QStringLiteral("champion")); // digits@2 passes its gates
        QTRY_COMPARE(championOf(), std::optional<int>(2));
        const auto *versions = m_panel->versionsModel();
        QTRY_VERIFY(versions->index(versions->rowOf(2), 0)
                        .data(ModelVersionsModel::AliasesRole)
                        .toStringList()
                        .contains(QStringLiteral("champion")));
        QVERIFY(m_panel->statusLabel()->text().contains(QStringLiteral("passes all 2")));

        QAction *undo = action(QKeySequence::Undo);
        QVERIFY(undo);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QTRY_COMPARE(championOf(), std::optional<int>(1));
        QTRY_VERIFY(versions->index(versions->rowOf(1), 0)
                        .data(ModelVersionsModel::AliasesRole)
                        .toStringList()
                        .contains(QStringLiteral("champion")));
        QAction *redo = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QVERIFY(redo);
        redo->trigger();
        QTRY_COMPARE(championOf(), std::optional<int>(2));
        undo->trigger();
        QTRY_COMPARE(championOf(), std::optional<int>(1));
    }

    void promotionOverAFailedGateAsksFirst() {
        select(3); // the CNN: its signature differs from the champion's
        QTRY_VERIFY(m_panel->gates()->model()->rowCount() == 2);
        m_panel->promoteAlias(QStringLiteral("champion"));
        auto *box = m_panel->findChild<QMessageBox *>(QStringLiteral("gateConfirmation"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("fails 1 of 2")), qPrintable(box->text()));
        QVERIFY(box->informativeText().contains(QStringLiteral("signature == champion.signature")));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!m_panel->findChild<QMessageBox *>(QStringLiteral("gateConfirmation")));
        QCOMPARE(championOf(), std::optional<int>(1));
        QCOMPARE(m_panel->undoStack()->count(), 0);

        m_panel->promoteAlias(QStringLiteral("champion"));
        box = m_panel->findChild<QMessageBox *>(QStringLiteral("gateConfirmation"));
        QVERIFY(box);
        QAbstractButton *overrideButton = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                overrideButton = b;
        }
        QVERIFY(overrideButton);
        QTest::mouseClick(overrideButton, Qt::LeftButton);
        QTRY_COMPARE(championOf(), std::optional<int>(3));
        m_panel->undoStack()->undo();
        QTRY_COMPARE(championOf(), std::optional<int>(1));
    }

    void editingTheDescriptionIsUndoable() {
        select(1);
        auto *details = m_panel->details();
        QTest::mouseClick(details->editButton(), Qt::LeftButton);
        QVERIFY(details->isEditingDescription());
        QTest::keyClicks(details->descriptionEditor(), QStringLiteral("Baseline **MLP**"));
        QTest::mouseClick(details->saveButton(), Qt::LeftButton);
        QVERIFY(!details->isEditingDescription());
        QTRY_COMPARE(registryOfTest().version(QStringLiteral("digits"), 1)->description,
                     QStringLiteral("Baseline **MLP**"));
        QTRY_VERIFY(
            details->descriptionPreview()->toPlainText().contains(QStringLiteral("Baseline MLP")));
        m_panel->undoStack()->undo();
        QTRY_COMPARE(registryOfTest().version(QStringLiteral("digits"), 1)->description, QString());
        QTRY_VERIFY(
            details->descriptionPreview()->toPlainText().contains(QStringLiteral("No model card")));
    }

    void tagsAndArchiveAreUndoable() {
        select(2);
        m_panel->setVersionTag(QStringLiteral("stage"), QStringLiteral("review"));
        QTRY_VERIFY(
            m_panel->details()->tagsLabel()->text().contains(QStringLiteral("stage=review")));
        m_panel->undoStack()->undo();
        QTRY_VERIFY(registryOfTest().version(QStringLiteral("digits"), 2)->tags.isEmpty());

        m_panel->setArchived(true);
        QTRY_COMPARE(m_panel->versionsModel()->rowOf(2), -1); // archived versions are hidden
        QCOMPARE(m_panel->versionsModel()->rowCount(), 2);
        m_panel->undoStack()->undo();
        QTRY_VERIFY(m_panel->versionsModel()->rowOf(2) >= 0);
        QVERIFY(!registryOfTest().version(QStringLiteral("digits"), 2)->archivedAt);
    }

    void gatesShowRedAndGreenWithNumbers() {
        m_panel->tabs()->setCurrentIndex(RegistryPanel::GatesTab);
        select(1);
        const auto *gates = m_panel->gates()->model();
        QTRY_COMPARE(gates->rowCount(), 2);
        QCOMPARE(registry::RuleOutcome(
                     gates->index(0, 0).data(itemmodels::RegistryGatesModel::OutcomeRole).toInt()),
                 registry::RuleOutcome::Fail);
        QCOMPARE(gates->index(0, itemmodels::RegistryGatesModel::LeftColumn).data().toString(),
                 QStringLiteral("0.9"));
        QCOMPARE(gates->index(0, itemmodels::RegistryGatesModel::RightColumn).data().toString(),
                 QStringLiteral("0.92"));
        QVERIFY(m_panel->gates()->summaryLabel()->text().contains(QStringLiteral("fails 1 of 2")));
        select(2);
        QTRY_VERIFY(
            m_panel->gates()->summaryLabel()->text().contains(QStringLiteral("passes all 2")));
        QCOMPARE(registry::RuleOutcome(
                     gates->index(0, 0).data(itemmodels::RegistryGatesModel::OutcomeRole).toInt()),
                 registry::RuleOutcome::Pass);
    }

    void gateFileChangesAreFollowed() {
        select(2);
        QTRY_VERIFY(m_panel->gates()->summaryLabel()->text().contains(QStringLiteral("passes")));
        // A broken rule: the error names the line and column.
        writeGates("models:\n  digits:\n    rules:\n      - metrics.val_acc >=\n");
        QTRY_VERIFY(!m_panel->gates()->errorLabel()->isHidden());
        QVERIFY2(
            m_panel->gates()->errorLabel()->text().contains(QStringLiteral("mlwb-gates.yaml:4:")),
            qPrintable(m_panel->gates()->errorLabel()->text()));
        writeGates("models:\n  digits:\n    rules:\n      - metrics.val_acc >= 0.99\n");
        QTRY_VERIFY(
            m_panel->gates()->summaryLabel()->text().contains(QStringLiteral("fails 1 of 1")));
        QVERIFY(m_panel->gates()->errorLabel()->isHidden());
        writeGates(goodGates());
        QTRY_VERIFY(
            m_panel->gates()->summaryLabel()->text().contains(QStringLiteral("passes all 2")));
    }

    void lineageNodesOpenTheirPanels() {
        m_panel->tabs()->setCurrentIndex(RegistryPanel::LineageTab);
        select(1);
        auto *lineage = m_panel->lineage();
        QTRY_COMPARE(lineage->nodeLinks().size(), 3);
        const auto links = lineage->nodeLinks();
        QCOMPARE(links[0].second, QUrl(QStringLiteral("mlwb://datasets/digits-data/1")));
        QCOMPARE(links[1].first, QStringLiteral("mlp"));
        QCOMPARE(links[1].second, QUrl(QStringLiteral("mlwb://experiments/run/") + m_run1));
        QCOMPARE(links[2].second, QUrl(QStringLiteral("mlwb://registry/digits/1")));

        QSignalSpy spy(m_panel, &widgets::Panel::linkActivated);
        const QPoint run = lineage->nodeCenter(QStringLiteral("mlp"));
        QVERIFY(lineage->viewport()->rect().contains(run));
        QTest::mouseClick(lineage->viewport(), Qt::LeftButton, {}, run);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toUrl(), QUrl(QStringLiteral("mlwb://experiments/run/") + m_run1));
        QTest::mouseClick(lineage->viewport(), Qt::LeftButton, {},
                          lineage->nodeCenter(QStringLiteral("digits-data v1")));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toUrl(), QUrl(QStringLiteral("mlwb://datasets/digits-data/1")));
    }

    void comparingVersions() {
        m_panel->openLink(QUrl(QStringLiteral("mlwb://registry/digits/1?tab=compare&compare=2,3")));
        QTRY_COMPARE(m_panel->selectedVersions(), (QList<int>{1, 2, 3}));
        QCOMPARE(m_panel->tabs()->currentIndex(), int(RegistryPanel::CompareTab));
        auto *model = m_panel->compare()->model();
        QTRY_COMPARE(model->columnCount(), 4);
        int acc = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() == QStringLiteral("val_acc"))
                acc = r;
        }
        QVERIFY(acc >= 0);
        QVERIFY(model->index(acc, 3).data(itemmodels::ModelVersionCompareModel::BestRole).toBool());
        const QString summary = m_panel->compare()->datasetSummary()->text();
        QVERIFY2(summary.contains(QStringLiteral("mlwb://datasets/digits-data/1")),
                 qPrintable(summary));
        const int before = model->rowCount();
        QTest::mouseClick(m_panel->compare()->onlyDifferences(), Qt::LeftButton);
        QVERIFY(model->rowCount() < before);
    }

    void deployButtonAsksTheDeployPanel() {
        select(2);
        QSignalSpy spy(m_panel, &widgets::Panel::linkActivated);
        QTest::mouseClick(m_panel->details()->deployButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toUrl(),
                 QUrl(QStringLiteral("mlwb://deploy/new?model=digits&version=2")));
    }
};

QTEST_MAIN(TstRegistryPanel)
#include "tst_registrypanel.moc"
