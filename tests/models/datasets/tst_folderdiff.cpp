#include "datasets/folderdiff.h"

#include "tabletestfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::datasets;
using namespace Qt::Literals::StringLiterals;

namespace {

void put(const QTemporaryDir &dir, const QString &path, const QByteArray &content) {
    QDir(dir.path()).mkpath(QFileInfo(path).path());
    writeFile(dir, path, content);
}

const FolderCounts &counts(const FolderDiff &d, const QString &folder) {
    for (const FolderCounts &f : d.folders) {
        if (f.folder == folder)
            return f;
    }
    qFatal("no folder %s", qPrintable(folder));
}

} // namespace

class TestFolderDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Two versions of a class-folder image dataset: one image edited, one moved to
    // another class, one removed, one added.
    void classFolders() {
        QTemporaryDir a;
        QTemporaryDir b;
        put(a, u"cat/a.png"_s, "X");
        put(a, u"cat/b.png"_s, "Y");
        put(a, u"dog/c.png"_s, "Z");
        put(a, u"dog/d.png"_s, "W");
        put(a, u"notes.txt"_s, "N");
        put(b, u"cat/a.png"_s, "X");
        put(b, u"cat/b.png"_s, "Y edited");
        put(b, u"cat/c.png"_s, "Z");
        put(b, u"dog/e.png"_s, "E");
        put(b, u"notes.txt"_s, "N");

        auto diff = diffFolders(a.path(), b.path());
        QVERIFY(diff);
        QCOMPARE(diff->added, QStringList{u"dog/e.png"_s});
        QCOMPARE(diff->removed, QStringList{u"dog/d.png"_s});
        QCOMPARE(diff->changed.size(), 1);
        QCOMPARE(diff->changed[0].path, u"cat/b.png"_s);
        QCOMPARE(diff->changed[0].sizeA, 1);
        QCOMPARE(diff->changed[0].sizeB, 8);
        QCOMPARE(diff->renamed.size(), 1);
        QCOMPARE(diff->renamed[0].from, u"dog/c.png"_s);
        QCOMPARE(diff->renamed[0].to, u"cat/c.png"_s);
        QCOMPARE(diff->unchanged, 2);
        QVERIFY(!diff->isSame());

        QCOMPARE(diff->folders.size(), 3);
        const FolderCounts &cat = counts(*diff, u"cat"_s);
        QCOMPARE(cat.filesA, 2);
        QCOMPARE(cat.filesB, 3);
        QCOMPARE(cat.changed, 1);
        QCOMPARE(cat.renamedIn, 1);
        const FolderCounts &dog = counts(*diff, u"dog"_s);
        QCOMPARE(dog.filesA, 2);
        QCOMPARE(dog.filesB, 1);
        QCOMPARE(dog.added, 1);
        QCOMPARE(dog.removed, 1);
        QCOMPARE(dog.renamedOut, 1);
        QCOMPARE(counts(*diff, u"."_s).filesB, 1);

        auto same = diffFolders(a.path(), a.path());
        QVERIFY(same && same->isSame());
        QCOMPARE(same->unchanged, 5);
    }

    // Copies with the same content: a rename pairs one source with one target,
    // preferring the same file name; the rest are added or removed.
    void duplicatesPairOnce() {
        Manifest a;
        a.entries = {{u"x/1.png"_s, u"h1"_s, 1, 0, 0}, {u"x/2.png"_s, u"h1"_s, 1, 0, 0}};
        Manifest b;
        b.entries = {{u"y/2.png"_s, u"h1"_s, 1, 0, 0},
                     {u"y/3.png"_s, u"h1"_s, 1, 0, 0},
                     {u"y/4.png"_s, u"h1"_s, 1, 0, 0}};
        const FolderDiff d = diffManifests(a, b);
        QCOMPARE(d.renamed.size(), 2);
        QCOMPARE(d.renamed[0].from, u"x/2.png"_s);
        QCOMPARE(d.renamed[0].to, u"y/2.png"_s);
        QCOMPARE(d.renamed[1].from, u"x/1.png"_s);
        QCOMPARE(d.added, QStringList{u"y/4.png"_s});
        QVERIFY(d.removed.isEmpty());
        const QJsonObject json = toJson(d);
        QCOMPARE(json[u"files"_s][u"renamed"_s].toArray().size(), 2);
        QCOMPARE(json[u"same"_s].toBool(), false);
    }

    void missingFolderIsAnError() {
        QTemporaryDir a;
        auto d = diffFolders(a.path(), a.filePath(u"nothing"_s));
        QVERIFY(!d);
        QVERIFY(d.error().toString().contains(u"nothing"_s));
    }
};

QTEST_GUILESS_MAIN(TestFolderDiff)
#include "tst_folderdiff.moc"
