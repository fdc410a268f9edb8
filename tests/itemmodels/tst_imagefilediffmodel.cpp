#include "datasets/folderdiff.h"
#include "itemmodels/imagefilediffmodel.h"
#include "itemmodels/imagefoldercountsmodel.h"
#include "itemmodels/thumbnailloader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

using namespace mlwb;
using namespace mlwb::itemmodels;

namespace {

// A 120×80 image: a gradient with a square whose colour is `seed`.
cv::Mat picture(int seed) {
    cv::Mat m(80, 120, CV_8UC3);
    for (int y = 0; y < m.rows; ++y) {
        for (int x = 0; x < m.cols; ++x)
            m.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 2), uchar(y * 3), uchar(seed * 40));
    }
    m(cv::Rect(30 + seed, 20, 16, 16)).setTo(cv::Scalar(seed * 50 % 255, 255, 0));
    return m;
}

void write(const QString &root, const QString &path, const cv::Mat &image) {
    const QString file = QDir(root).filePath(path);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QVERIFY(cv::imwrite(file.toStdString(), image));
}

int statusOf(const ImageFileDiffModel &m, const QString &path) {
    const int row = m.rowOfPath(path);
    return row < 0 ? -1 : m.index(row, 0).data(ImageFileDiffModel::StatusRole).toInt();
}

datasets::Manifest syntheticManifest(int files, const QString &tag) {
    datasets::Manifest m;
    for (int i = 0; i < files; ++i) {
        datasets::ManifestEntry e;
        e.path = QStringLiteral("class%1/img%2.png").arg(i % 10).arg(i, 5, 10, QLatin1Char('0'));
        e.hash = tag + QString::number(i);
        e.size = 1000 + i;
        m.entries.append(e);
    }
    return m;
}

} // namespace

class tst_ImageFileDiffModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_a;
    QString m_b;

    // Loads the A/B folders written in initTestCase into `model`.
    void load(ImageFileDiffModel &model) {
        QSignalSpy loaded(&model, &ImageFileDiffModel::loaded);
        model.setFolders(m_a, m_b);
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(10000));
        QVERIFY(!model.isLoading());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_a = m_dir.filePath(QStringLiteral("a"));
        m_b = m_dir.filePath(QStringLiteral("b"));
        // A: cat/1 cat/2 cat/3 dog/1 dog/2 and a text file that is not an image.
        write(m_a, QStringLiteral("cat/1.png"), picture(1));
        write(m_a, QStringLiteral("cat/2.png"), picture(2));
        write(m_a, QStringLiteral("cat/3.png"), picture(3));
        write(m_a, QStringLiteral("dog/1.png"), picture(4));
        write(m_a, QStringLiteral("dog/2.png"), picture(5));
        // B: cat/2 edited, cat/3 removed, dog/2 moved to cat/4, bird/1 added.
        write(m_b, QStringLiteral("cat/1.png"), picture(1));
        cv::Mat edited = picture(2);
        edited(cv::Rect(90, 50, 10, 6)).setTo(cv::Scalar(0, 0, 255));
        write(m_b, QStringLiteral("cat/2.png"), edited);
        write(m_b, QStringLiteral("dog/1.png"), picture(4));
        write(m_b, QStringLiteral("cat/4.png"), picture(5));
        write(m_b, QStringLiteral("bird/1.png"), picture(6));
        QFile notes(QDir(m_b).filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not an image\n");
    }

    void fileStatus_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("oldPath");
        QTest::addColumn<QString>("folder");
        QTest::newRow("added") << "bird/1.png" << int(ImageFileStatus::Added) << ""
                               << "bird";
        QTest::newRow("removed") << "cat/3.png" << int(ImageFileStatus::Removed) << ""
                                 << "cat";
        QTest::newRow("changed") << "cat/2.png" << int(ImageFileStatus::Changed) << ""
                                 << "cat";
        QTest::newRow("renamed") << "cat/4.png" << int(ImageFileStatus::Renamed) << "dog/2.png"
                                 << "cat";
    }

    void fileStatus() {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, oldPath);
        QFETCH(QString, folder);
        ImageFileDiffModel model;
        QAbstractItemModelTester tester(&model);
        load(model);
        const int row = model.rowOfPath(path);
        QVERIFY2(row >= 0, qPrintable(path));
        const QModelIndex i = model.index(row, ImageFileDiffModel::FileColumn);
        QCOMPARE(i.data(ImageFileDiffModel::StatusRole).toInt(), status);
        QCOMPARE(i.data(ImageFileDiffModel::OldPathRole).toString(), oldPath);
        QCOMPARE(i.data(ImageFileDiffModel::FolderRole).toString(), folder);
        QCOMPARE(model.index(row, ImageFileDiffModel::StatusColumn).data().toString(),
                 toString(ImageFileStatus(status)));
        // The side that has the file points at readable bytes; the other is empty.
        const QString fileA = i.data(ImageFileDiffModel::FileARole).toString();
        const QString fileB = i.data(ImageFileDiffModel::FileBRole).toString();
        QCOMPARE(fileA.isEmpty(), status == int(ImageFileStatus::Added));
        QCOMPARE(fileB.isEmpty(), status == int(ImageFileStatus::Removed));
        if (!fileA.isEmpty())
            QVERIFY(QFileInfo::exists(fileA));
        if (!fileB.isEmpty())
            QVERIFY(QFileInfo::exists(fileB));
        if (status == int(ImageFileStatus::Renamed))
            QVERIFY(i.data(Qt::ToolTipRole).toString().contains(oldPath));
        if (status == int(ImageFileStatus::Added))
            QCOMPARE(model.index(row, ImageFileDiffModel::SizeAColumn).data().toString(),
                     QStringLiteral("—"));
    }

    void onlyChangesListedUntilAsked() {
        ImageFileDiffModel model;
        QAbstractItemModelTester tester(&model);
        load(model);
        QCOMPARE(model.rowCount(), 4); // the text file and unchanged images are not rows
        QCOMPARE(statusOf(model, QStringLiteral("cat/1.png")), -1);
        QCOMPARE(statusOf(model, QStringLiteral("notes.txt")), -1);
        model.setShowUnchanged(true);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(statusOf(model, QStringLiteral("cat/1.png")), int(ImageFileStatus::Unchanged));
        QCOMPARE(statusOf(model, QStringLiteral("dog/1.png")), int(ImageFileStatus::Unchanged));
    }

    void folderCounts() {
        ImageFileDiffModel model;
        load(model);
        ImageFolderCountsModel counts;
        QAbstractItemModelTester tester(&counts);
        counts.setFolders(model.diff().folders);
        QStringList folders;
        for (int r = 1; r < counts.rowCount(); ++r)
            folders << counts.index(r, 0).data(ImageFolderCountsModel::FolderRole).toString();
        QCOMPARE(folders, (QStringList{QStringLiteral("bird"), QStringLiteral("cat"),
                                       QStringLiteral("dog")}));
        auto cell = [&](int row, int column) {
            return counts.index(row, column).data().toString();
        };
        // cat: 3 before (1,2,3), 3 after (1,2,4): one removed, one changed, one renamed in.
        QCOMPARE(cell(2, ImageFolderCountsModel::FilesAColumn), QStringLiteral("3"));
        QCOMPARE(cell(2, ImageFolderCountsModel::FilesBColumn), QStringLiteral("3"));
        QCOMPARE(cell(2, ImageFolderCountsModel::DeltaColumn), QStringLiteral("0"));
        QCOMPARE(cell(2, ImageFolderCountsModel::RemovedColumn), QStringLiteral("1"));
        QCOMPARE(cell(2, ImageFolderCountsModel::ChangedColumn), QStringLiteral("1"));
        // dog lost a file to cat, bird gained one.
        QCOMPARE(cell(3, ImageFolderCountsModel::DeltaColumn), QStringLiteral("−1"));
        QCOMPARE(cell(1, ImageFolderCountsModel::DeltaColumn), QStringLiteral("+1"));
        // The total row: 5 images before, 5 after, one rename counted once.
        QVERIFY(counts.index(0, 0).data(ImageFolderCountsModel::FolderRole).toString().isEmpty());
        QCOMPARE(cell(0, ImageFolderCountsModel::FilesAColumn), QStringLiteral("5"));
        QCOMPARE(cell(0, ImageFolderCountsModel::FilesBColumn), QStringLiteral("5"));
        QCOMPARE(cell(0, ImageFolderCountsModel::RenamedColumn), QStringLiteral("1"));
    }

    void thumbnailArrivesWhenPainted() {
        ImageFileDiffModel model;
        QAbstractItemModelTester tester(&model);
        load(model);
        // Nothing is decoded before a view asks for a row's decoration.
        QCOMPARE(model.thumbnails()->pendingCount(), 0);
        const QModelIndex i = model.index(model.rowOfPath(QStringLiteral("cat/2.png")), 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(i.data(Qt::DecorationRole).isNull());
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toModelIndex(), i);
        const QImage thumb = i.data(Qt::DecorationRole).value<QImage>();
        QVERIFY(!thumb.isNull());
        QCOMPARE(thumb.width(), ImageFileDiffModel::kThumbnailSide); // 120×80 scaled down
        QVERIFY(thumb.height() < ImageFileDiffModel::kThumbnailSide);
        // The thumbnail is of B's version: the edited red patch sits at x 90..99.
        const QColor patch =
            thumb.pixelColor(int(95 * thumb.width() / 120.0), int(52 * thumb.width() / 120.0));
        QVERIFY2(patch.red() > 200 && patch.green() < 60, qPrintable(patch.name()));
    }

    void brokenImageNamesItself() {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        write(a, QStringLiteral("x/ok.png"), picture(1));
        QDir().mkpath(QDir(b).filePath(QStringLiteral("x")));
        QFile broken(QDir(b).filePath(QStringLiteral("x/ok.png")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\x89PNG\r\n\x1a\n truncated");
        broken.close();
        ImageFileDiffModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy loaded(&model, &ImageFileDiffModel::loaded);
        model.setFolders(a, b);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex i = model.index(0, 0);
        (void)i.data(Qt::DecorationRole);
        QTRY_VERIFY(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("read image")));
        QVERIFY(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("x/ok.png")));
        QVERIFY(i.data(Qt::DecorationRole).isNull());
    }

    void missingFolderFails() {
        ImageFileDiffModel model;
        QSignalSpy failed(&model, &ImageFileDiffModel::loadFailed);
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder"));
        model.setFolders(m_a, missing);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().at(0).toString().contains(missing),
                 qPrintable(failed.first().at(0).toString()));
        QCOMPARE(model.rowCount(), 0);
    }

    void tenThousandImagesStayLazy() {
        // 10k files whose bytes are nowhere: only thumbnails a view asks for are queued.
        ImageFileDiffModel model;
        QAbstractItemModelTester tester(&model);
        const QString gone = m_dir.filePath(QStringLiteral("gone"));
        model.setManifests(syntheticManifest(10000, QStringLiteral("a")),
                           syntheticManifest(10000, QStringLiteral("b")), folderLocator(gone),
                           folderLocator(gone));
        QCOMPARE(model.rowCount(), 10000);
        QCOMPARE(model.diff().changed.size(), 10000);
        QCOMPARE(model.diff().folders.size(), 10);
        QCOMPARE(model.thumbnails()->pendingCount(), 0);
        // Scrolling far: the queue stays bounded, newest rows first.
        for (int r = 0; r < 2000; ++r)
            (void)model.index(r, 0).data(Qt::DecorationRole);
        QVERIFY(model.thumbnails()->pendingCount() <= ThumbnailLoader::kDefaultMaxPending);
        // The view reports what is on screen now; everything else is cancelled.
        model.setVisibleRows({1990, 1991, 1992});
        QVERIFY(model.thumbnails()->pendingCount() <= 3);
        const QModelIndex last = model.index(1992, 0);
        QTRY_VERIFY(last.data(Qt::ToolTipRole).toString().contains(QStringLiteral("read image")));
    }

    void clearEmpties() {
        ImageFileDiffModel model;
        QAbstractItemModelTester tester(&model);
        load(model);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.diff().isSame());
    }
};

QTEST_GUILESS_MAIN(tst_ImageFileDiffModel)
#include "tst_imagefilediffmodel.moc"
