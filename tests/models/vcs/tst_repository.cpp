#include "vcs/repository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::vcs;

namespace {

void writeFile(const QString &root, const QString &rel, const QByteArray &content) {
    const QString path = root + QLatin1Char('/') + rel;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(content);
}

QByteArray numberedLines(int n) {
    QByteArray out;
    for (int i = 1; i <= n; ++i)
        out += "line " + QByteArray::number(i) + '\n';
    return out;
}

Repository makeRepo(const QTemporaryDir &dir) {
    auto repo = Repository::initOrOpen(dir.path());
    if (!repo)
        qFatal("%s", qPrintable(repo.error().toString()));
    return std::move(*repo);
}

QString commitAll(Repository &repo, const QString &message, qint64 time = 1'700'000'000) {
    auto id =
        repo.commitAll(message, QStringLiteral("Ada"), QStringLiteral("ada@example.org"), time);
    if (!id)
        qFatal("%s", qPrintable(id.error().toString()));
    return *id;
}

} // namespace

class TestRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initCreatesRepository() {
        QTemporaryDir dir;
        auto repo = Repository::initOrOpen(dir.path());
        QVERIFY2(repo, qPrintable(repo ? QString() : repo.error().toString()));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral(".git"))).isDir());
        QCOMPARE(repo->workdir(), QDir::cleanPath(dir.path()));
        auto state = repo->workingState();
        QVERIFY(state);
        QVERIFY(state->commit.isEmpty());
        QVERIFY(!state->dirty);
    }

    void initInsideExistingRepositoryUsesIt() {
        QTemporaryDir dir;
        makeRepo(dir);
        const QString sub = dir.filePath(QStringLiteral("experiments/a"));
        QVERIFY(QDir().mkpath(sub));
        auto inner = Repository::initOrOpen(sub);
        QVERIFY(inner);
        QCOMPARE(inner->workdir(), QDir::cleanPath(dir.path()));
        QVERIFY(!QFileInfo::exists(sub + QStringLiteral("/.git")));
        auto found = Repository::discover(sub);
        QVERIFY(found);
        QCOMPARE(found->workdir(), QDir::cleanPath(dir.path()));
    }

    void discoverOutsideRepositoryFails() {
        QTemporaryDir dir;
        auto repo = Repository::discover(dir.path());
        if (repo)
            QSKIP("the temporary folder lies inside a git work tree");
        QVERIFY(repo.error().what.contains(dir.path()));
    }

    void commitAllRecordsCommitInfo() {
        QTemporaryDir dir;
        Repository repo = makeRepo(dir);
        writeFile(dir.path(), QStringLiteral("train.py"), "print('hi')\n");
        const QString first = commitAll(repo, QStringLiteral("First commit\n\nWith a body.\n"));
        QCOMPARE(first.size(), 40);

        auto info = repo.commit(QStringLiteral("HEAD"));
        QVERIFY(info);
        QCOMPARE(info->id, first);
        QCOMPARE(info->summary, QStringLiteral("First commit"));
        QVERIFY(info->message.contains(QStringLiteral("With a body.")));
        QCOMPARE(info->author, QStringLiteral("Ada"));
        QCOMPARE(info->email, QStringLiteral("ada@example.org"));
        QCOMPARE(info->time, 1'700'000'000);

        writeFile(dir.path(), QStringLiteral("train.py"), "print('bye')\n");
        const QString second = commitAll(repo, QStringLiteral("Second"), 1'700'000'100);
        QVERIFY(second != first);
        auto parent = repo.commit(QStringLiteral("HEAD~1"));
        QVERIFY(parent);
        QCOMPARE(parent->id, first);
        auto byPrefix = repo.commit(first.left(10));
        QVERIFY(byPrefix);
        QCOMPARE(byPrefix->summary, QStringLiteral("First commit"));
    }

    void commitAllRecordsDeletions() {
        QTemporaryDir dir;
        Repository repo = makeRepo(dir);
        writeFile(dir.path(), QStringLiteral("a.txt"), "a\n");
        writeFile(dir.path(), QStringLiteral("b.txt"), "b\n");
        commitAll(repo, QStringLiteral("two files"));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("b.txt"))));
        commitAll(repo, QStringLiteral("remove b"));
        QVERIFY(!repo.fileAt(QStringLiteral("HEAD"), QStringLiteral("b.txt")));
        auto state = repo.workingState();
        QVERIFY(state);
        QVERIFY(!state->dirty);
    }

    void workingState_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("dirty");
        QTest::addColumn<QString>("patchSnippet");

        QTest::newRow("unchanged")
            << QStringLiteral("model.py") << QByteArray("x = 1\n") << false << QString();
        QTest::newRow("modified") << QStringLiteral("model.py") << QByteArray("x = 2\n") << true
                                  << QStringLiteral("-x = 1\n+x = 2\n");
        QTest::newRow("untracked ignored")
            << QStringLiteral("notes.txt") << QByteArray("scratch\n") << false << QString();
    }

    void workingState() {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(bool, dirty);
        QFETCH(QString, patchSnippet);

        QTemporaryDir dir;
        Repository repo = makeRepo(dir);
        writeFile(dir.path(), QStringLiteral("model.py"), "x = 1\n");
        const QString head = commitAll(repo, QStringLiteral("base"));
        writeFile(dir.path(), file, content);

        auto state = repo.workingState();
        QVERIFY2(state, qPrintable(state ? QString() : state.error().toString()));
        QCOMPARE(state->commit, head);
        QCOMPARE(state->dirty, dirty);
        if (patchSnippet.isEmpty()) {
            QVERIFY(state->patch.isEmpty());
        } else {
            QVERIFY2(state->patch.contains(patchSnippet), qPrintable(state->patch));
            QVERIFY(state->patch.contains(QStringLiteral("a/model.py")));
        }
    }

    void workingStateSeesDeletedFile() {
        QTemporaryDir dir;
        Repository repo = makeRepo(dir);
        writeFile(dir.path(), QStringLiteral("data.csv"), "a,b\n1,2\n");
        commitAll(repo, QStringLiteral("base"));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("data.csv"))));
        auto state = repo.workingState();
        QVERIFY(state);
        QVERIFY(state->dirty);
        QVERIFY(state->patch.contains(QStringLiteral("deleted file")));
    }

    void diffBetweenCommits() {
        QTemporaryDir dir;
        Repository repo = makeRepo(dir);
        writeFile(dir.path(), QStringLiteral("lines.txt"), numberedLines(10));
        const QString a = commitAll(repo, QStringLiteral("ten lines"));
        QByteArray changed = numberedLines(10).replace("line 5\n", "line five\n");
        changed += "line 11\n";
        writeFile(dir.path(), QStringLiteral("lines.txt"), changed);
        writeFile(dir.path(), QStringLiteral("new.txt"), "fresh\n");
        const QString b = commitAll(repo, QStringLiteral("edit"));

        auto files = repo.diff(a, b);
        QVERIFY2(files, qPrintable(files ? QString() : files.error().toString()));
        QCOMPARE(files->size(), 2);
        const FileDiff &f = files->at(0);
        QCOMPARE(f.newPath, QStringLiteral("lines.txt"));
        QCOMPARE(f.status, 'M');
        QVERIFY(!f.binary);
        QCOMPARE(f.additions, 2);
        QCOMPARE(f.deletions, 1);

        QList<DiffLine> changedLines;
        for (const DiffHunk &h : f.hunks) {
            QVERIFY(h.header.startsWith(QStringLiteral("@@ ")));
            for (const DiffLine &l : h.lines)
                if (l.origin != LineOrigin::Context)
                    changedLines.append(l);
        }
        QCOMPARE(changedLines.size(), 3);
        QCOMPARE(changedLines[0].origin, LineOrigin::Removed);
        QCOMPARE(changedLines[0].text, QStringLiteral("line 5"));
        QCOMPARE(changedLines[0].oldLine, 5);
        QCOMPARE(changedLines[0].newLine, -1);
        QCOMPARE(changedLines[1].origin, LineOrigin::Added);
        QCOMPARE(changedLines[1].text, QStringLiteral("line five"));
        QCOMPARE(changedLines[1].newLine, 5);
        QCOMPARE(changedLines[1].oldLine, -1);
        QCOMPARE(changedLines[2].text, QStringLiteral("line 11"));
        QCOMPARE(changedLines[2].newLine, 11);

        const FileDiff &added = files->at(1);
        QCOMPARE(added.newPath, QStringLiteral("new.txt"));
        QCOMPARE(added.status, 'A');
        QCOMPARE(added.additions, 1);
        QCOMPARE(added.deletions, 0);
    }

    void diffAgainstWorkTreeAndStoredPatchAgree() {
        QTemporaryDir dir;
        Repository repo = makeRepo(dir);
        writeFile(dir.path(), QStringLiteral("lines.txt"), numberedLines(20));
        commitAll(repo, QStringLiteral("base"));
        writeFile(dir.path(), QStringLiteral("lines.txt"),
                  numberedLines(20).replace("line 12\n", ""));

        auto live = repo.diff(QStringLiteral("HEAD"), QString());
        QVERIFY(live);
        QCOMPARE(live->size(), 1);
        QCOMPARE(live->at(0).deletions, 1);
        QCOMPARE(live->at(0).additions, 0);

        auto state = repo.workingState();
        QVERIFY(state);
        auto parsed = Repository::parsePatch(state->patch);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->size(), 1);
        const FileDiff &p = parsed->at(0);
        QCOMPARE(p.newPath, QStringLiteral("lines.txt"));
        QCOMPARE(p.deletions, 1);
        QCOMPARE(p.hunks.size(), live->at(0).hunks.size());
        for (const DiffLine &l : p.hunks.at(0).lines)
            if (l.origin == LineOrigin::Removed)
                QCOMPARE(l.oldLine, 12);
    }

    void parsePatchRejectsGarbageOrReturnsNothing() {
        auto empty = Repository::parsePatch(QString());
        QVERIFY(empty);
        QVERIFY(empty->isEmpty());
        auto garbage = Repository::parsePatch(QStringLiteral("diff --git a/x\n@@ nonsense"));
        if (garbage)
            QVERIFY(garbage->isEmpty());
        else
            QVERIFY(garbage.error().what.contains(QStringLiteral("patch")));
    }

    void renameIsDetected() {
        QTemporaryDir dir;
        Repository repo = makeRepo(dir);
        writeFile(dir.path(), QStringLiteral("old_name.py"), numberedLines(30));
        const QString a = commitAll(repo, QStringLiteral("add"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("src"))));
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("old_name.py")),
                              dir.filePath(QStringLiteral("src/new_name.py"))));
        const QString b = commitAll(repo, QStringLiteral("move"));

        auto files = repo.diff(a, b);
        QVERIFY(files);
        QCOMPARE(files->size(), 1);
        QCOMPARE(files->at(0).status, 'R');
        QCOMPARE(files->at(0).oldPath, QStringLiteral("old_name.py"));
        QCOMPARE(files->at(0).newPath, QStringLiteral("src/new_name.py"));
        QCOMPARE(files->at(0).additions, 0);
        QCOMPARE(files->at(0).deletions, 0);
    }

    void binaryFileIsFlagged() {
        QTemporaryDir dir;
        Repository repo = makeRepo(dir);
        QByteArray blob("\x89PNG\r\n\x1a\n", 8);
        blob.append(QByteArray(64, '\0'));
        writeFile(dir.path(), QStringLiteral("weights.bin"), blob);
        const QString a = commitAll(repo, QStringLiteral("weights"));
        blob[20] = '\x7f';
        writeFile(dir.path(), QStringLiteral("weights.bin"), blob);
        const QString b = commitAll(repo, QStringLiteral("new weights"));

        auto files = repo.diff(a, b);
        QVERIFY(files);
        QCOMPARE(files->size(), 1);
        QVERIFY(files->at(0).binary);
        QVERIFY(files->at(0).hunks.isEmpty());
        QCOMPARE(files->at(0).additions, 0);
    }

    void fileAtReturnsContentOfRevision() {
        QTemporaryDir dir;
        Repository repo = makeRepo(dir);
        writeFile(dir.path(), QStringLiteral("conf/params.yaml"), "lr: 0.1\n");
        const QString a = commitAll(repo, QStringLiteral("v1"));
        writeFile(dir.path(), QStringLiteral("conf/params.yaml"), "lr: 0.01\n");
        commitAll(repo, QStringLiteral("v2"));

        auto old = repo.fileAt(a, QStringLiteral("conf/params.yaml"));
        QVERIFY(old);
        QCOMPARE(*old, QByteArray("lr: 0.1\n"));
        auto now = repo.fileAt(QStringLiteral("HEAD"), QStringLiteral("conf/params.yaml"));
        QVERIFY(now);
        QCOMPARE(*now, QByteArray("lr: 0.01\n"));

        auto missing = repo.fileAt(QStringLiteral("HEAD"), QStringLiteral("conf/nope.yaml"));
        QVERIFY(!missing);
        QVERIFY(missing.error().what.contains(QStringLiteral("conf/nope.yaml")));
    }

    void historyListsCommitsThatChangedThePath() {
        QTemporaryDir dir;
        Repository repo = makeRepo(dir);
        writeFile(dir.path(), QStringLiteral("train.py"), "v1\n");
        const QString c1 = commitAll(repo, QStringLiteral("c1"), 1'700'000'000);
        writeFile(dir.path(), QStringLiteral("README.md"), "docs\n");
        commitAll(repo, QStringLiteral("c2"), 1'700'000'100);
        writeFile(dir.path(), QStringLiteral("train.py"), "v2\n");
        const QString c3 = commitAll(repo, QStringLiteral("c3"), 1'700'000'200);

        auto history = repo.history(QStringLiteral("train.py"));
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).id, c3);
        QCOMPARE(history->at(1).id, c1);

        auto limited = repo.history(QStringLiteral("train.py"), 1);
        QVERIFY(limited);
        QCOMPARE(limited->size(), 1);
        auto none = repo.history(QStringLiteral("absent.txt"));
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    void badRevisionIsNamed_data() {
        QTest::addColumn<QString>("rev");
        QTest::newRow("unknown branch") << QStringLiteral("no-such-branch");
        QTest::newRow("too far back") << QStringLiteral("HEAD~5");
        QTest::newRow("bad id") << QStringLiteral("deadbeefdeadbeef");
    }

    void badRevisionIsNamed() {
        QFETCH(QString, rev);
        QTemporaryDir dir;
        Repository repo = makeRepo(dir);
        writeFile(dir.path(), QStringLiteral("a.txt"), "a\n");
        commitAll(repo, QStringLiteral("only"));

        auto info = repo.commit(rev);
        QVERIFY(!info);
        QVERIFY2(info.error().what.contains(rev), qPrintable(info.error().toString()));
        QVERIFY(!info.error().why.isEmpty());
        auto diff = repo.diff(rev, QStringLiteral("HEAD"));
        QVERIFY(!diff);
        QVERIFY(diff.error().what.contains(rev));
        auto file = repo.fileAt(rev, QStringLiteral("a.txt"));
        QVERIFY(!file);
        QVERIFY(file.error().what.contains(rev));
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
