#include "datasets/tablediff.h"

#include "tabletestfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::datasets;

namespace {

TableDiff diffOf(const QString &a, const QString &b, const TableDiffOptions &options = {}) {
    auto diff = diffTables(a, b, options);
    if (!diff)
        qFatal("%s", qPrintable(diff.error().toString()));
    return std::move(*diff);
}

// One line per change, e.g. "+ Manhattan" or "-> Williamsburg designer: D. Duck -> L. L. Buck".
QStringList summary(const TableDiff &diff) {
    QStringList out;
    for (const RowChange &c : diff.changes) {
        switch (c.kind) {
        case RowChangeKind::Added:
            out.append(u"+ "_qs + c.values.join(u','));
            break;
        case RowChangeKind::Removed:
            out.append(u"- "_qs + c.values.join(u','));
            break;
        case RowChangeKind::Changed: {
            QStringList cells;
            for (const CellChange &cell : c.cells)
                cells.append(cell.column + u": "_qs + cell.oldValue + u" -> "_qs + cell.newValue);
            out.append(u"-> "_qs + c.values.join(u',') + u" | "_qs + cells.join(u"; "_qs));
            break;
        }
        }
    }
    return out;
}

// The same tables in memory: no mapped pages to release, no key side prepared.
TableDiff diffInMemory(const QString &a, const QString &b, const TableDiffOptions &options) {
    const auto bytes = [](const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return f.readAll();
    };
    auto ta = readTableFromBytes(bytes(a), a);
    auto tb = readTableFromBytes(bytes(b), b);
    if (!ta || !tb)
        qFatal("cannot read the tables");
    auto diff = diffTables(*ta, *tb, options);
    if (!diff)
        qFatal("%s", qPrintable(diff.error().toString()));
    return std::move(*diff);
}

QStringList places(const TableDiff &diff) {
    QStringList out;
    for (const RowChange &c : diff.changes)
        out.append(u"%1:%2 %3:%4"_qs.arg(c.rowA).arg(c.lineA).arg(c.rowB).arg(c.lineB));
    return out;
}

// Two tables of `rows` rows (several MiB, more than a step of the passes that
// release pages) that differ at both ends and here and there between, and the
// counts of a keyed diff of them.
struct LargeTables {
    QByteArray a = "id,name,score,note\n";
    QByteArray b = a;
    qint64 removed = 0;
    qint64 changed = 0;
    qint64 nearlyChanged = 0; // by less than 0.01
};

LargeTables largeTables(int rows) {
    LargeTables t;
    const QByteArray note = ",some words to make the row longer than a short one\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray id = QByteArray::number(i);
        const QByteArray score = QByteArray::number(i % 997) + ".5";
        t.a += id + ",name " + id + "," + score + note;
        if (i == 0 || (i % 2003 == 3 && i != rows - 2)) { // removed, the first row too
            ++t.removed;
        } else if (i == 1 || i == rows - 2) { // changed at both ends
            t.b += id + ",name " + id + ",-1,changed\n";
            ++t.changed;
        } else if (i == 5) { // the same values, quoted
            t.b += id + ",\"name " + id + "\"," + score + note;
        } else if (i % 1013 == 7) {
            t.b += id + ",name " + id + "," + score + "001" + note;
            ++t.nearlyChanged;
        } else {
            t.b += id + ",name " + id + "," + score + note;
        }
    }
    t.b += "new,row,0,added at the end\n";
    return t;
}

} // namespace

class TestTableDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // daff's bridges_diff.html: broken_bridges -> bridges adds Manhattan, fixes
    // Williamsburg's designer and drops Spamspan, keyed or not.
    void daffBridges_data() {
        QTest::addColumn<bool>("unkeyed");
        QTest::newRow("keyed") << false;
        QTest::newRow("unkeyed") << true;
    }
    void daffBridges() {
        QFETCH(bool, unkeyed);
        TableDiffOptions options;
        options.unkeyed = unkeyed;
        const TableDiff diff =
            diffOf(daff + u"broken_bridges.csv"_qs, daff + u"bridges.csv"_qs, options);
        QCOMPARE(diff.keyColumns, unkeyed ? QStringList() : QStringList{u"bridge"_qs});
        QCOMPARE(diff.keySuggested, !unkeyed);
        QVERIFY(diff.schema.isEmpty());
        QCOMPARE(diff.counts.added, 1);
        QCOMPARE(diff.counts.removed, 1);
        QCOMPARE(diff.counts.changed, 1);
        QCOMPARE(diff.counts.unchanged, 6);
        QCOMPARE(
            summary(diff),
            (QStringList{u"+ Manhattan,G. Lindenthal,1470"_qs,
                         u"-> Williamsburg,L. L. Buck,1600 | designer: D. Duck -> L. L. Buck"_qs,
                         u"- Spamspan,S. Spamington,10000"_qs}));
        const RowChange &added = diff.changes.at(0);
        QCOMPARE(added.rowB, 2);
        QCOMPARE(added.lineB, 3);
        QCOMPARE(added.rowA, -1);
        const RowChange &removed = diff.changes.at(2);
        QCOMPARE(removed.rowA, 8);
        QCOMPARE(removed.lineA, 9);
        QVERIFY(!diff.isSame());
    }

    void daffBridgesAsHighlighterCsv() {
        const TableDiff diff = diffOf(daff + u"broken_bridges.csv"_qs, daff + u"bridges.csv"_qs);
        QCOMPARE(toHighlighterCsv(diff), QByteArray("@@,bridge,designer,length\n"
                                                    "+++,Manhattan,G. Lindenthal,1470\n"
                                                    "->,Williamsburg,D. Duck->L. L. Buck,1600\n"
                                                    "---,Spamspan,S. Spamington,10000\n"));
    }

    // waffle -> waffle2: no column is unique, so rows are matched by content;
    // the only difference is the added row 16,green.
    void daffWaffle() {
        const TableDiff diff = diffOf(daff + u"waffle.csv"_qs, daff + u"waffle2.csv"_qs);
        QVERIFY(diff.keyColumns.isEmpty());
        QCOMPARE(diff.counts.added, 1);
        QCOMPARE(diff.counts.removed, 0);
        QCOMPARE(diff.counts.changed, 0);
        QCOMPARE(diff.counts.unchanged, 10);
        QCOMPARE(summary(diff), QStringList{u"+ 16,green"_qs});
        QCOMPARE(diff.changes.at(0).rowB, 6);
    }

    // wide1 -> wide2: seven equal rows, four of which get one or two cells changed.
    void daffWide() {
        const TableDiff diff = diffOf(daff + u"wide1.csv"_qs, daff + u"wide2.csv"_qs);
        QCOMPARE(diff.counts.changed, 4);
        QCOMPARE(diff.counts.added, 0);
        QCOMPARE(diff.counts.removed, 0);
        QCOMPARE(diff.counts.unchanged, 3);
        QStringList columns;
        for (const RowChange &c : diff.changes) {
            for (const CellChange &cell : c.cells) {
                columns.append(cell.column);
                QCOMPARE(cell.newValue, u"boom"_qs);
            }
        }
        QCOMPARE(columns, (QStringList{u"A"_qs, u"V"_qs, u"E"_qs, u"R"_qs, u"L"_qs}));

        TableDiffOptions onlyAddedRemoved;
        onlyAddedRemoved.pairChangedRows = false;
        const TableDiff plain =
            diffOf(daff + u"wide1.csv"_qs, daff + u"wide2.csv"_qs, onlyAddedRemoved);
        QCOMPARE(plain.counts.added, 4);
        QCOMPARE(plain.counts.removed, 4);
        QCOMPARE(plain.counts.changed, 0);
    }

    void quotingDoesNotMatter() {
        QTemporaryDir dir;
        // quote_me.csv with every cell quoted and CRLF line ends: the same table.
        const QString requoted =
            writeFile(dir, u"requoted.csv"_qs,
                      "\"this\",\"is\",\"a\",\"sheet\"\r\n\"with\",\"some\",\"odd\",\"values\"\r\n"
                      "\"in\",\"cells\",\"->\",\":\"\r\n\"you\",\"see?\",\"123\"\"\",\"\"\r\n"
                      "\"what\",\"about null\",\"NULL\",\"_NULL\"\r\n"
                      "\"and\",\"new\nlines\",\"how, really,\nabout\",\"them?\"\r\n"
                      "\"and 'embedded'\",\"quotes it's\",\"fun\",\"\"\"fun\"\"\"\r\n"
                      "\"!HELLO!\",\"my!\",\"!friend\",\"the!exclamation!mark\"\r\n"
                      "\"what\",\"about\",\"double \"\"quotes\"\" repeated\",\"?\"\r\n");
        for (bool unkeyed : {false, true}) {
            TableDiffOptions options;
            options.unkeyed = unkeyed;
            const TableDiff diff = diffOf(daff + u"quote_me.csv"_qs, requoted, options);
            QVERIFY2(diff.isSame(), qPrintable(summary(diff).join(u'\n')));
            QCOMPARE(diff.counts.unchanged, 8);
        }
        const TableDiff diff = diffOf(daff + u"quote_me.csv"_qs, daff + u"quote_me2.csv"_qs);
        QCOMPARE(diff.counts.unchanged, 1); // only "with,some,odd,values" stays
        QCOMPARE(diff.counts.added + diff.counts.changed, 7);
    }

    void schemaChanges_data() {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QString>("renamed");
        QTest::addColumn<QString>("typeChanged");
        QTest::addColumn<bool>("reordered");
        QTest::addColumn<qint64>("changedRows");
        const QByteArray base = "id,name,size\n1,ant,3\n2,bee,4\n3,cat,50\n";
        QTest::newRow("same") << base << base << QStringList() << QStringList() << QString()
                              << QString() << false << qint64(0);
        QTest::newRow("added column")
            << base << QByteArray("id,name,size,color\n1,ant,3,red\n2,bee,4,\n3,cat,50,grey\n")
            << QStringList{u"color"_qs} << QStringList() << QString() << QString() << false
            << qint64(0);
        QTest::newRow("removed column")
            << base << QByteArray("id,size\n1,3\n2,4\n3,50\n") << QStringList()
            << QStringList{u"name"_qs} << QString() << QString() << false << qint64(0);
        QTest::newRow("renamed column")
            << base << QByteArray("id,label,size\n1,ant,3\n2,bee,4\n3,cat,50\n") << QStringList()
            << QStringList() << u"name->label"_qs << QString() << false << qint64(0);
        QTest::newRow("renamed and edited is added and removed")
            << base << QByteArray("id,label,size\n1,ant,3\n2,bee,4\n3,cow,50\n")
            << QStringList{u"label"_qs} << QStringList{u"name"_qs} << QString() << QString()
            << false << qint64(0);
        QTest::newRow("reordered")
            << base << QByteArray("id,size,name\n1,3,ant\n2,4,bee\n3,50,cat\n") << QStringList()
            << QStringList() << QString() << QString() << true << qint64(0);
        QTest::newRow("int to float")
            << base << QByteArray("id,name,size\n1,ant,3.5\n2,bee,4\n3,cat,50\n") << QStringList()
            << QStringList() << QString() << u"size:int->float"_qs << false << qint64(1);
        QTest::newRow("float to string")
            << QByteArray("id,when\n1,1.5\n2,2.5\n") << QByteArray("id,when\n1,soon\n2,2.5\n")
            << QStringList() << QStringList() << QString() << u"when:float->string"_qs << false
            << qint64(1);
        QTest::newRow("string to date")
            << QByteArray("id,when\n1,monday\n2,tuesday\n")
            << QByteArray("id,when\n1,2024-01-01\n2,2024-01-02T10:00:00Z\n") << QStringList()
            << QStringList() << QString() << u"when:string->date"_qs << false << qint64(2);
        QTest::newRow("int to bool")
            << QByteArray("id,flag\n1,0\n2,1\n") << QByteArray("id,flag\n1,false\n2,true\n")
            << QStringList() << QStringList() << QString() << u"flag:int->bool"_qs << false
            << qint64(2);
    }
    void schemaChanges() {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(QStringList, added);
        QFETCH(QStringList, removed);
        QFETCH(QString, renamed);
        QFETCH(QString, typeChanged);
        QFETCH(bool, reordered);
        QFETCH(qint64, changedRows);
        QTemporaryDir dir;
        const TableDiff diff =
            diffOf(writeFile(dir, u"a.csv"_qs, a), writeFile(dir, u"b.csv"_qs, b));
        QCOMPARE(diff.schema.added, added);
        QCOMPARE(diff.schema.removed, removed);
        QString gotRenamed;
        for (const ColumnRename &r : diff.schema.renamed)
            gotRenamed += r.from + u"->"_qs + r.to;
        QCOMPARE(gotRenamed, renamed);
        QString gotTypes;
        for (const ColumnTypeChange &t : diff.schema.typeChanged)
            gotTypes += t.column + u':' + columnTypeName(t.from) + u"->"_qs + columnTypeName(t.to);
        QCOMPARE(gotTypes, typeChanged);
        QCOMPARE(diff.schema.reordered, reordered);
        QCOMPARE(diff.counts.changed, changedRows);
        QCOMPARE(diff.counts.added + diff.counts.removed, 0);
        QCOMPARE(diff.isSame(), QTest::currentDataTag() == QByteArray("same"));
    }

    void explicitKey() {
        QTemporaryDir dir;
        // Rows moved: keyed on "id" nothing changed but the score of 2.
        const QString a = writeFile(dir, u"a.csv"_qs, "id,score\n1,10\n2,20\n3,30\n");
        const QString b = writeFile(dir, u"b.csv"_qs, "id,score\n3,30\n2,21\n1,10\n");
        TableDiffOptions options;
        options.keyColumns = {u"id"_qs};
        const TableDiff diff = diffOf(a, b, options);
        QVERIFY(!diff.keySuggested);
        QCOMPARE(summary(diff), QStringList{u"-> 2,21 | score: 20 -> 21"_qs});
        QCOMPARE(diff.changes.at(0).key, QStringList{u"2"_qs});
        QCOMPARE(diff.changes.at(0).rowA, 2);
        QCOMPARE(diff.changes.at(0).rowB, 2);

        // A key on two columns.
        const QString c = writeFile(dir, u"c.csv"_qs, "city,year,pop\nx,2020,1\nx,2021,2\n");
        const QString d = writeFile(dir, u"d.csv"_qs, "city,year,pop\nx,2021,3\nx,2020,1\n");
        options.keyColumns = {u"city"_qs, u"year"_qs};
        const TableDiff composite = diffOf(c, d, options);
        QCOMPARE(summary(composite), QStringList{u"-> x,2021,3 | pop: 2 -> 3"_qs});
        QCOMPARE(composite.changes.at(0).key, (QStringList{u"x"_qs, u"2021"_qs}));
    }

    void suggestsTheFirstUniqueColumn_data() {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<QString>("key");
        QTest::newRow("first column")
            << QByteArray("id,v\n1,x\n2,x\n") << QByteArray("id,v\n2,x\n1,y\n") << u"id"_qs;
        QTest::newRow("first repeats") << QByteArray("group,id,v\na,1,x\na,2,x\n")
                                       << QByteArray("group,id,v\na,1,x\n") << u"id"_qs;
        QTest::newRow("first has an empty value")
            << QByteArray("name,id\n,1\nb,2\n") << QByteArray("name,id\na,1\nb,2\n") << u"id"_qs;
        QTest::newRow("unique only in A")
            << QByteArray("id,v\n1,x\n2,y\n") << QByteArray("id,v\n1,x\n1,y\n") << u"v"_qs;
        QTest::newRow("none") << QByteArray("id,v\n1,x\n1,x\n") << QByteArray("id,v\n1,x\n")
                              << QString();
    }
    void suggestsTheFirstUniqueColumn() {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(QString, key);
        QTemporaryDir dir;
        auto ta = readTable(writeFile(dir, u"a.csv"_qs, a));
        auto tb = readTable(writeFile(dir, u"b.csv"_qs, b));
        QVERIFY(ta && tb);
        QCOMPARE(suggestKeyColumn(*ta, *tb).value_or(QString()), key);
        auto diff = diffTables(*ta, *tb, {});
        QVERIFY(diff);
        QCOMPARE(diff->keyColumns, key.isEmpty() ? QStringList() : QStringList{key});
    }

    void keyErrorsNameTheProblem_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing column") << u"nope"_qs << u"'nope' is not in"_qs;
        QTest::newRow("duplicate key") << u"city"_qs << u"lines 2 and 3 of"_qs;
    }
    void keyErrorsNameTheProblem() {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString a = writeFile(dir, u"a.csv"_qs, "city,year\nx,2020\nx,2021\n");
        TableDiffOptions options;
        options.keyColumns = {key};
        auto diff = diffTables(a, a, options);
        QVERIFY(!diff);
        QVERIFY2(diff.error().why.contains(expected), qPrintable(diff.error().toString()));
    }

    void tolerance_data() {
        QTest::addColumn<double>("absTolerance");
        QTest::addColumn<double>("relTolerance");
        QTest::addColumn<qint64>("changed");
        QTest::newRow("exact") << 0.0 << 0.0 << qint64(4);
        QTest::newRow("abs 1e-3") << 1e-3 << 0.0 << qint64(3);
        QTest::newRow("abs 1") << 1.0 << 0.0 << qint64(2);
        QTest::newRow("rel 1%") << 0.0 << 0.01 << qint64(2);
        QTest::newRow("rel 50%") << 0.0 << 0.5 << qint64(1);
    }
    void tolerance() {
        QFETCH(double, absTolerance);
        QFETCH(double, relTolerance);
        QFETCH(qint64, changed);
        QTemporaryDir dir;
        const QString a =
            writeFile(dir, u"a.csv"_qs, "id,x,label\n1,1.0,p\n2,1000,q\n3,2.0,r\n4,5,s\n");
        const QString b =
            writeFile(dir, u"b.csv"_qs, "id,x,label\n1,1.0000001,p\n2,1005,q\n3,2.5,r\n4,5,t\n");
        for (bool unkeyed : {false, true}) {
            TableDiffOptions options;
            options.absTolerance = absTolerance;
            options.relTolerance = relTolerance;
            options.unkeyed = unkeyed;
            const TableDiff diff = diffOf(a, b, options);
            QCOMPARE(diff.counts.changed, changed);
            QCOMPARE(diff.counts.added + diff.counts.removed, 0);
            QCOMPARE(diff.counts.unchanged, 4 - changed);
        }
    }

    void jsonLinesAgainstCsv() {
        QTemporaryDir dir;
        const QString csv = writeFile(dir, u"a.csv"_qs, "id,name,score\n1,ant,0.5\n2,bee,1\n");
        const QString jsonl = writeFile(dir, u"b.jsonl"_qs,
                                        "{\"id\":2,\"name\":\"bee\",\"score\":1}\n"
                                        "{\"name\":\"ant\",\"id\":1,\"score\":0.75}\n");
        const TableDiff diff = diffOf(csv, jsonl);
        QVERIFY(diff.schema.isEmpty());
        QCOMPARE(summary(diff), QStringList{u"-> 1,ant,0.75 | score: 0.5 -> 0.75"_qs});
    }

    void raggedRowsAreCarriedIntoTheDiff() {
        QTemporaryDir dir;
        const QString a = writeFile(dir, u"a.csv"_qs, "id,v\n1,x\n2\n");
        const QString b = writeFile(dir, u"b.csv"_qs, "id,v\n1,x\n2,y\n");
        const TableDiff diff = diffOf(a, b);
        QCOMPARE(diff.issues.size(), 1);
        QVERIFY(diff.issues.at(0).message.contains(a + u":3"_qs));
        QCOMPARE(summary(diff), QStringList{u"-> 2,y | v:  -> y"_qs});
    }

    void jsonShape() {
        QTemporaryDir dir;
        const QString a = writeFile(dir, u"a.csv"_qs, "id,name,old\n1,ant,x\n2,bee,y\n");
        const QString b = writeFile(dir, u"b.csv"_qs, "id,name,new\n1,ant,p\n3,cat,q\n");
        const TableDiff diff = diffOf(a, b);
        const QJsonObject json = toJson(diff);
        const QJsonObject columns = json.value(u"columns"_qs).toObject();
        QCOMPARE(columns.value(u"added"_qs).toArray(), QJsonArray{u"new"_qs});
        QCOMPARE(columns.value(u"removed"_qs).toArray(), QJsonArray{u"old"_qs});
        QVERIFY(columns.value(u"changed"_qs).toArray().isEmpty());
        const QJsonObject rows = json.value(u"rows"_qs).toObject();
        QCOMPARE(rows.value(u"added"_qs).toInt(), 1);
        QCOMPARE(rows.value(u"removed"_qs).toInt(), 1);
        QCOMPARE(rows.value(u"changed"_qs).toInt(), 0);
        QCOMPARE(rows.value(u"unchanged"_qs).toInt(), 1);
        const QJsonArray changes = json.value(u"changes"_qs).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).toObject().value(u"kind"_qs).toString(), u"removed"_qs);
        QCOMPARE(changes.at(0).toObject().value(u"key"_qs).toArray(), QJsonArray{u"2"_qs});
        QCOMPARE(changes.at(1).toObject().value(u"kind"_qs).toString(), u"added"_qs);
        QCOMPARE(changes.at(1).toObject().value(u"lineB"_qs).toInt(), 3);
        QCOMPARE(json.value(u"same"_qs).toBool(), false);
    }

    // Read from mapped files, A's key side prepared and its pages released, rows of A
    // read with system calls: the same diff as of the same tables in memory.
    void largeFilesDiffAsInMemory_data() {
        QTest::addColumn<double>("absTolerance");
        QTest::addColumn<qsizetype>("maxRowChanges");
        QTest::addColumn<bool>("unkeyed");
        QTest::newRow("exact") << 0.0 << qsizetype(-1) << false;
        QTest::newRow("tolerance") << 0.01 << qsizetype(-1) << false;
        QTest::newRow("truncated") << 0.0 << qsizetype(3) << false;
        QTest::newRow("unkeyed") << 0.0 << qsizetype(-1) << true;
    }
    void largeFilesDiffAsInMemory() {
        QFETCH(double, absTolerance);
        QFETCH(qsizetype, maxRowChanges);
        QFETCH(bool, unkeyed);
        constexpr int rows = 70000;
        const LargeTables tables = largeTables(rows);
        QVERIFY(tables.a.size() > 4 * 1024 * 1024 + 65536); // more than a release step
        QTemporaryDir dir;
        const QString a = writeFile(dir, u"a.csv"_qs, tables.a);
        const QString b = writeFile(dir, u"b.csv"_qs, tables.b);
        TableDiffOptions options;
        if (!unkeyed)
            options.keyColumns = {u"id"_qs};
        options.unkeyed = unkeyed;
        options.absTolerance = absTolerance;
        options.maxRowChanges = maxRowChanges;
        const TableDiff mapped = diffOf(a, b, options);
        const TableDiff inMemory = diffInMemory(a, b, options);
        QCOMPARE(summary(mapped), summary(inMemory));
        QCOMPARE(places(mapped), places(inMemory));
        QCOMPARE(mapped.counts.added, inMemory.counts.added);
        QCOMPARE(mapped.counts.removed, inMemory.counts.removed);
        QCOMPARE(mapped.counts.changed, inMemory.counts.changed);
        QCOMPARE(mapped.counts.unchanged, inMemory.counts.unchanged);
        QCOMPARE(mapped.changesTruncated, inMemory.changesTruncated);
        if (unkeyed)
            return;
        QCOMPARE(mapped.counts.changed,
                 tables.changed + (absTolerance > 0 ? 0 : tables.nearlyChanged));
        QCOMPARE(mapped.counts.added, 1);
        QCOMPARE(mapped.counts.removed, tables.removed);
        if (maxRowChanges < 0) {
            // B's first row (changed), then A's first row (removed) where it was.
            QCOMPARE(mapped.changes.at(0).key, QStringList{u"1"_qs});
            QCOMPARE(mapped.changes.at(1).kind, RowChangeKind::Removed);
            QCOMPARE(mapped.changes.at(1).key, QStringList{u"0"_qs});
            QCOMPARE(mapped.changes.last().key, QStringList{u"new"_qs});
            QCOMPARE(mapped.changes.at(mapped.changes.size() - 2).key,
                     QStringList{QString::number(rows - 2)});
        } else {
            QCOMPARE(mapped.changes.size(), 3);
            QVERIFY(mapped.changesTruncated);
        }
    }

    void maxRowChangesKeepsCountsExact() {
        QTemporaryDir dir;
        QByteArray a = "id,v\n", b = "id,v\n";
        for (int i = 0; i < 100; ++i) {
            a += QByteArray::number(i) + ",x\n";
            b += QByteArray::number(i) + (i % 2 ? ",y\n" : ",x\n");
        }
        TableDiffOptions options;
        options.maxRowChanges = 10;
        const TableDiff diff =
            diffOf(writeFile(dir, u"a.csv"_qs, a), writeFile(dir, u"b.csv"_qs, b), options);
        QCOMPARE(diff.counts.changed, 50);
        QCOMPARE(diff.changes.size(), 10);
        QVERIFY(diff.changesTruncated);
        QCOMPARE(diff.changes.at(0).key, QStringList{u"1"_qs});
    }
};

QTEST_GUILESS_MAIN(TestTableDiff)
#include "tst_tablediff.moc"
