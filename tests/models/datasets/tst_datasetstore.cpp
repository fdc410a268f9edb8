#include "datasettestrepo.h"

#include "datasets/datasethistory.h"
#include "datasets/datasetstore.h"
#include "datasets/pointerfile.h"
#include "project/project.h"
#include "store/contentstore.h"
#include "vcs/repository.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::datasets;

class TestDatasetStore : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;

    QString path(const QString &rel) const { return m_dir->filePath(rel); }
    DatasetStore store() { return DatasetStore(*m_project); }
    int objectCount() const {
        int n = 0;
        QDirIterator it(m_project->paths().objectsDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }
    SnapshotResult snap(const QString &rel, const QString &message = {}) {
        SnapshotOptions o;
        o.message = message;
        auto r = store().snapshot(path(rel), o);
        if (!r)
            qFatal("snapshot failed: %s", qPrintable(r.error().toString()));
        return *r;
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto p = Project::init(m_dir->path());
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        m_project = std::make_unique<Project>(std::move(*p));
        putFile(path(QStringLiteral("images/cat/1.txt")), "meow");
        putFile(path(QStringLiteral("images/cat/2.txt")), "purr");
        putFile(path(QStringLiteral("images/dog/1.txt")), "meow"); // same content as cat/1
    }
    void cleanup() {
        m_project.reset();
        m_dir.reset();
    }

    void snapshotStoresEachContentOnceAndWritesPointer() {
        const SnapshotResult r = snap(QStringLiteral("images"), QStringLiteral("first"));
        QVERIFY(r.created);
        QCOMPARE(r.version.number, 1);
        QCOMPARE(r.version.dataset, QStringLiteral("images"));
        QCOMPARE(r.version.files, 3);
        QCOMPARE(r.version.bytes, 12);
        QCOMPARE(r.version.message, QStringLiteral("first"));
        QCOMPARE(r.filesHashed, 3);
        QCOMPARE(objectCount(), 3); // two distinct contents + the manifest
        auto pointer = PointerFile::read(path(QStringLiteral("images.mlwb")));
        QVERIFY2(pointer, qPrintable(pointer ? QString() : pointer.error().toString()));
        QCOMPARE(pointer->name, QStringLiteral("images"));
        QCOMPARE(pointer->version, 1);
        QCOMPARE(pointer->files, 3);
        QCOMPARE(pointer->manifest, r.version.manifestHash);
    }

    void reAddingUnchangedDataReadsNothingAndMakesNoVersion() {
        snap(QStringLiteral("images"));
        const QByteArray pointerBefore = fileBytes(path(QStringLiteral("images.mlwb")));
        const SnapshotResult again = snap(QStringLiteral("images"));
        QVERIFY(!again.created);
        QCOMPARE(again.version.number, 1);
        QCOMPARE(again.filesHashed, 0);
        QCOMPARE(again.filesReused, 3);
        QCOMPARE(fileBytes(path(QStringLiteral("images.mlwb"))), pointerBefore);
        QCOMPARE(store().versions(QStringLiteral("images"))->size(), 1);
    }

    void touchedFileIsReadAgainButMakesNoVersion() {
        snap(QStringLiteral("images"));
        touchFile(path(QStringLiteral("images/cat/2.txt")), 60);
        const SnapshotResult r = snap(QStringLiteral("images"));
        QCOMPARE(r.filesHashed, 1);
        QVERIFY(!r.created);
        QCOMPARE(r.version.number, 1);
    }

    void editedFileMakesTheNextVersion() {
        snap(QStringLiteral("images"));
        putFile(path(QStringLiteral("images/cat/2.txt")), "hiss!");
        const SnapshotResult r = snap(QStringLiteral("images"));
        QVERIFY(r.created);
        QCOMPARE(r.filesHashed, 1);
        QCOMPARE(r.version.number, 2);
        QCOMPARE(r.version.bytes, 13);
        QCOMPARE(PointerFile::read(path(QStringLiteral("images.mlwb")))->version, 2);
        auto versions = store().versions(QStringLiteral("images"));
        QCOMPARE(versions->size(), 2);
        auto m1 = store().manifest(versions->at(0));
        auto m2 = store().manifest(versions->at(1));
        QCOMPARE(m1->find(QStringLiteral("cat/2.txt"))->size, 4);
        QCOMPARE(m2->find(QStringLiteral("cat/2.txt"))->size, 5);
        // The manifest object restores the same list as the database.
        auto fromObject = store().manifestByHash(versions->at(1).manifestHash);
        QVERIFY(fromObject);
        QCOMPARE(fromObject->hash(), m2->hash());
    }

    void singleFileDatasetAndNameClash() {
        putFile(path(QStringLiteral("data/train.csv")), "a,b\n1,2\n");
        const SnapshotResult r = snap(QStringLiteral("data/train.csv"));
        QCOMPARE(r.version.dataset, QStringLiteral("train"));
        QVERIFY(!r.version.folder);
        QVERIFY(QFileInfo::exists(path(QStringLiteral("data/train.csv.mlwb"))));
        putFile(path(QStringLiteral("other/train.csv")), "x\n");
        auto clash = store().snapshot(path(QStringLiteral("other/train.csv")));
        QVERIFY(!clash);
        QVERIFY(clash.error().hint.contains(QStringLiteral("--name")));
        SnapshotOptions named;
        named.name = QStringLiteral("train-other");
        QVERIFY(store().snapshot(path(QStringLiteral("other/train.csv")), named));
    }

    void cancelledSnapshotRecordsNothing() {
        SnapshotOptions o;
        o.progress = [](const HashProgress &) { return false; };
        auto r = store().snapshot(path(QStringLiteral("images")), o);
        QVERIFY(!r);
        QVERIFY(r.error().why.contains(QStringLiteral("cancelled")));
        QVERIFY(store().datasets()->isEmpty());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("images.mlwb"))));
    }

    void checkoutRestoresAnOlderVersionInPlace() {
        snap(QStringLiteral("images"));
        putFile(path(QStringLiteral("images/cat/2.txt")), "hiss!");
        putFile(path(QStringLiteral("images/bird/1.txt")), "tweet");
        QFile::remove(path(QStringLiteral("images/dog/1.txt")));
        snap(QStringLiteral("images"));
        auto v1 = store().version(QStringLiteral("images"), 1);
        QVERIFY(v1);
        auto r = store().checkout(*v1);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(fileBytes(path(QStringLiteral("images/cat/2.txt"))), QByteArray("purr"));
        QCOMPARE(fileBytes(path(QStringLiteral("images/dog/1.txt"))), QByteArray("meow"));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("images/bird/1.txt"))));
        QCOMPARE(r->written, 2);
        QCOMPARE(r->removed, 1);
        QCOMPARE(r->unchanged, 1);
        QCOMPARE(PointerFile::read(path(QStringLiteral("images.mlwb")))->version, 1);
        // The restored files are in the stat cache: re-adding reads nothing.
        const SnapshotResult again = snap(QStringLiteral("images"));
        QVERIFY(!again.created);
        QCOMPARE(again.filesHashed, 0);
        QCOMPARE(again.version.number, 1); // the data is version 1 again: no version 3
        QCOMPARE(store().versions(QStringLiteral("images"))->size(), 2);
    }

    void checkoutToAnotherFolder() {
        snap(QStringLiteral("images"));
        QTemporaryDir out;
        auto v = store().version(QStringLiteral("images"), 0);
        auto r = store().checkout(*v, out.path());
        QVERIFY(r);
        QCOMPARE(fileBytes(out.filePath(QStringLiteral("cat/1.txt"))), QByteArray("meow"));
        QCOMPARE(fileBytes(out.filePath(QStringLiteral("dog/1.txt"))), QByteArray("meow"));
        QCOMPARE(r->written, 3);
    }

    void checkoutRefusesToOverwriteUnsavedEdits() {
        snap(QStringLiteral("images"));
        putFile(path(QStringLiteral("images/cat/2.txt")), "my unsaved edit");
        auto v1 = store().version(QStringLiteral("images"), 1);
        auto refused = store().checkout(*v1);
        QVERIFY(!refused);
        QVERIFY2(refused.error().why.contains(QStringLiteral("cat/2.txt")),
                 qPrintable(refused.error().toString()));
        QVERIFY(refused.error().hint.contains(QStringLiteral("--force")));
        QCOMPARE(fileBytes(path(QStringLiteral("images/cat/2.txt"))),
                 QByteArray("my unsaved edit"));
        CheckoutOptions force;
        force.force = true;
        QVERIFY(store().checkout(*v1, {}, force));
        QCOMPARE(fileBytes(path(QStringLiteral("images/cat/2.txt"))), QByteArray("purr"));
    }

    void checkoutVerifiesObjects() {
        const SnapshotResult r = snap(QStringLiteral("images"));
        const store::ContentStore objects(m_project->paths().objectsDir());
        const QString hash = store().manifest(r.version)->find(QStringLiteral("cat/2.txt"))->hash;
        QFile::setPermissions(objects.pathOf(hash), QFile::ReadOwner | QFile::WriteOwner);
        putFile(objects.pathOf(hash), "rotten");
        QTemporaryDir out;
        auto c = store().checkout(r.version, out.path());
        QVERIFY(!c);
        QVERIFY2(c.error().why.contains(QStringLiteral("damaged")),
                 qPrintable(c.error().toString()));
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("cat/2.txt"))));
    }

    void unknownNamesAndVersionsSayWhatExists() {
        snap(QStringLiteral("images"));
        putFile(path(QStringLiteral("images/cat/2.txt")), "hiss!");
        snap(QStringLiteral("images"));
        auto noName = store().versions(QStringLiteral("imgs"));
        QVERIFY(!noName);
        QVERIFY(noName.error().why.contains(QStringLiteral("images")));
        auto noVersion = store().version(QStringLiteral("images"), 7);
        QVERIFY(!noVersion);
        QVERIFY2(noVersion.error().why.contains(QStringLiteral("1 to 2")),
                 qPrintable(noVersion.error().toString()));
        QCOMPARE(store().version(QStringLiteral("images"), 0)->number, 2);
    }

    void pointerFilesAndTablesInGitHistory() {
        auto repo = vcs::Repository::discover(m_dir->path());
        QVERIFY(repo);
        putFile(path(QStringLiteral("data/plain.csv")), "id,x\n1,2\n");
        snap(QStringLiteral("images"));
        QVERIFY(repo->commitAll(QStringLiteral("data v1"), QStringLiteral("t"),
                                QStringLiteral("t@example.org"), 1'700'000'000));
        putFile(path(QStringLiteral("images/cat/2.txt")), "hiss!");
        putFile(path(QStringLiteral("data/plain.csv")), "id,x\n1,3\n");
        snap(QStringLiteral("images"));
        QVERIFY(repo->commitAll(QStringLiteral("data v2"), QStringLiteral("t"),
                                QStringLiteral("t@example.org"), 1'700'000'100));
        putFile(path(QStringLiteral("README")), "unrelated");
        QVERIFY(repo->commitAll(QStringLiteral("docs"), QStringLiteral("t"),
                                QStringLiteral("t@example.org"), 1'700'000'200));

        auto pointers = gitDataVersions(*repo, QStringLiteral("images"));
        QVERIFY2(pointers, qPrintable(pointers ? QString() : pointers.error().toString()));
        QCOMPARE(pointers->size(), 2);
        QCOMPARE(pointers->at(0).kind, GitVersionKind::Pointer);
        QCOMPARE(pointers->at(0).pointer->version, 2);
        QCOMPARE(pointers->at(0).commit.summary, QStringLiteral("data v2"));
        QCOMPARE(pointers->at(1).pointer->version, 1);

        auto tables = gitDataVersions(*repo, QStringLiteral("data/plain.csv"));
        QVERIFY(tables);
        QCOMPARE(tables->size(), 2);
        QCOMPARE(tables->at(0).kind, GitVersionKind::File);
        QCOMPARE(tables->at(1).commit.time, 1'700'000'000);
    }
};

QTEST_GUILESS_MAIN(TestDatasetStore)
#include "tst_datasetstore.moc"
