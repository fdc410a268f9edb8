#include "datasets/imagecanvas.h"
#include "datasets/imagecompareview.h"
#include "datasets/imagediffpane.h"
#include "itemmodels/imagefilediffmodel.h"
#include "shared/theme.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::widgets::datasets;
using itemmodels::ImageFileDiffModel;
using itemmodels::ImageFileStatus;

namespace {

const QString pixelmatch = QStringLiteral(MLWB_FIXTURES "/images/pixelmatch/test/fixtures/");

void put(const QString &root, const QString &path, const QString &fixture) {
    const QString target = QDir(root).filePath(path);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QVERIFY2(QFile::copy(pixelmatch + fixture, target), qPrintable(target));
}

// The visual row showing `path` in the file list, or -1.
int rowOf(QTableView *view, const QString &path) {
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data(ImageFileDiffModel::PathRole).toString() == path)
            return r;
    }
    return -1;
}

void clickRow(QTableView *view, int row, int column = 1) {
    const QModelIndex i = view->model()->index(row, column);
    view->scrollTo(i);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(i).center());
}

} // namespace

class tst_ImageDiffPane : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_a;
    QString m_b;

    void compare(ImageDiffPane &pane) {
        QSignalSpy loading(&pane, &ImageDiffPane::loadingChanged);
        pane.compareFolders(m_a, m_b, QStringLiteral("shapes@1"), QStringLiteral("shapes@2"));
        QVERIFY(pane.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading(), 20000);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_a = m_dir.filePath(QStringLiteral("v1"));
        m_b = m_dir.filePath(QStringLiteral("v2"));
        // Two "classes" of pixelmatch images: one edited, one removed, one added, one
        // moved to the other class, one untouched.
        put(m_a, QStringLiteral("maps/city.png"), QStringLiteral("3a.png"));
        put(m_a, QStringLiteral("maps/river.png"), QStringLiteral("1a.png"));
        put(m_a, QStringLiteral("photos/face.png"), QStringLiteral("4a.png"));
        put(m_a, QStringLiteral("photos/logo.png"), QStringLiteral("6a.png"));
        put(m_b, QStringLiteral("maps/city.png"), QStringLiteral("3b.png"));
        put(m_b, QStringLiteral("maps/river.png"), QStringLiteral("1a.png"));
        put(m_b, QStringLiteral("maps/logo.png"), QStringLiteral("6a.png"));
        put(m_b, QStringLiteral("photos/tiger.png"), QStringLiteral("7a.png"));
    }

    void listsChangesAndComparesTheEditedImage() {
        ImageDiffPane pane;
        QAbstractItemModelTester tester(pane.fileView()->model());
        pane.resize(1200, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        compare(pane);
        const QString summary = pane.summaryText();
        QVERIFY2(summary.startsWith(
                     QStringLiteral("1 changed · 1 added · 1 removed · 1 renamed · 1 unchanged")),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("shapes@1")));
        // maps gains a file, photos loses one.
        QVERIFY2(summary.contains(QStringLiteral("file count changed in 2 of 2 folders")),
                 qPrintable(summary));
        // The edited image is selected first and compared pixel by pixel.
        QCOMPARE(pane.currentFile(), QStringLiteral("maps/city.png"));
        QTRY_VERIFY_WITH_TIMEOUT(
            pane.compareView()->statsText().contains(QStringLiteral("583 changed pixels")), 20000);
        QVERIFY(!pane.compareView()->changedBox().isEmpty());
        QCOMPARE(pane.compareView()->primaryCanvas()->box(), pane.compareView()->changedBox());
        // The list shows a status per file and thumbnails arrive for what is on screen.
        QTableView *files = pane.fileView();
        QCOMPARE(files->model()->rowCount(), 4);
        const int added = rowOf(files, QStringLiteral("photos/tiger.png"));
        QCOMPARE(files->model()->index(added, ImageFileDiffModel::StatusColumn).data().toString(),
                 QStringLiteral("added"));
        QTRY_VERIFY_WITH_TIMEOUT(!files->model()->index(added, 0).data(Qt::DecorationRole).isNull(),
                                 20000);
        // Clicking the added file shows it alone.
        clickRow(files, added);
        QCOMPARE(pane.currentFile(), QStringLiteral("photos/tiger.png"));
        QTRY_COMPARE_WITH_TIMEOUT(pane.compareView()->statsText(),
                                  QStringLiteral("Only in shapes@2 · 500×500"), 20000);
        // The renamed file compares as identical and names where it came from.
        clickRow(files, rowOf(files, QStringLiteral("maps/logo.png")));
        QTRY_VERIFY_WITH_TIMEOUT(
            pane.compareView()->statsText().startsWith(QStringLiteral("Identical pixels")), 20000);
        QVERIFY(pane.compareView()->primaryCanvas()->caption().contains(
            QStringLiteral("photos/logo.png")));
    }

    void foldersFilterTheList() {
        ImageDiffPane pane;
        pane.resize(1200, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        compare(pane);
        QTableView *folders = pane.folderView();
        // All folders, maps, photos.
        QCOMPARE(folders->model()->rowCount(), 3);
        QCOMPARE(folders->model()->index(2, 0).data().toString(), QStringLiteral("photos"));
        // photos: 2 files before (face, logo), 1 after (tiger).
        QCOMPARE(folders->model()->index(2, 3).data().toString(), QStringLiteral("−1"));
        clickRow(folders, 2, 0);
        QTableView *files = pane.fileView();
        QCOMPARE(files->model()->rowCount(), 2); // face removed, tiger added
        QVERIFY(rowOf(files, QStringLiteral("photos/face.png")) >= 0);
        QVERIFY(rowOf(files, QStringLiteral("maps/city.png")) < 0);
        clickRow(folders, 0, 0);
        QCOMPARE(files->model()->rowCount(), 4);

        // Name filter and status filter, typed and picked like a user.
        auto *search = pane.findChild<QLineEdit *>(QStringLiteral("imageSearch"));
        QTest::keyClicks(search, QStringLiteral("LOGO"));
        QCOMPARE(files->model()->rowCount(), 1);
        search->clear();
        auto *status = pane.findChild<QComboBox *>(QStringLiteral("imageStatus"));
        status->setCurrentIndex(status->findData(int(ImageFileStatus::Unchanged)));
        QCOMPARE(files->model()->rowCount(), 1);
        QCOMPARE(files->model()->index(0, 0).data(ImageFileDiffModel::PathRole).toString(),
                 QStringLiteral("maps/river.png"));
        // selectFile() clears filters that hide the file.
        QVERIFY(pane.selectFile(QStringLiteral("maps/city.png")));
        QCOMPARE(pane.currentFile(), QStringLiteral("maps/city.png"));
        QVERIFY(!pane.selectFile(QStringLiteral("maps/none.png")));
    }

    void sameVersionsSayWhy() {
        ImageDiffPane pane;
        pane.compareFolders(m_a, m_a, QStringLiteral("x@1"), QStringLiteral("x@1"));
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading(), 20000);
        auto *empty = pane.findChild<QLabel *>(QStringLiteral("imagesEmptyState"));
        QCOMPARE(empty->text(), QStringLiteral("Both versions hold the same images (4)."));
    }

    void missingFolderIsReported() {
        ImageDiffPane pane;
        const QString missing = m_dir.filePath(QStringLiteral("gone"));
        pane.compareFolders(m_a, missing, QStringLiteral("a"), QStringLiteral("b"));
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading(), 20000);
        auto *empty = pane.findChild<QLabel *>(QStringLiteral("imagesEmptyState"));
        QVERIFY2(empty->text().contains(missing), qPrintable(empty->text()));
    }

    // With MLWB_SCREENSHOT_DIR set, saves the pane in the light and the dark theme.
    void screenshots() {
        const QString out = qEnvironmentVariable("MLWB_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set MLWB_SCREENSHOT_DIR to save screenshots");
        for (const auto mode : {widgets::ThemeMode::Light, widgets::ThemeMode::Dark}) {
            widgets::applyTheme(mode);
            ImageDiffPane pane;
            pane.resize(1280, 760);
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            compare(pane);
            pane.compareView()->setMode(ImageCompareView::Mode::Difference);
            QTRY_VERIFY_WITH_TIMEOUT(
                pane.compareView()->statsText().contains(QStringLiteral("changed pixels")), 20000);
            // Every row on screen has its thumbnail before the picture is taken.
            QTableView *files = pane.fileView();
            for (int r = 0; r < files->model()->rowCount(); ++r)
                QTRY_VERIFY_WITH_TIMEOUT(
                    !files->model()->index(r, 0).data(Qt::DecorationRole).isNull() ||
                        files->model()->index(r, 0).data(ImageFileDiffModel::StatusRole).toInt() ==
                            int(ImageFileStatus::Removed),
                    20000);
            const QString file = QDir(out).filePath(
                QStringLiteral("datasets-images-%1.png").arg(widgets::toString(mode)));
            QVERIFY(pane.grab().save(file));
        }
    }
};

QTEST_MAIN(tst_ImageDiffPane)
#include "tst_imagediffpane.moc"
