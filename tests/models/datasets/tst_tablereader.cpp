#include "datasets/tablereader.h"

#include "tabletestfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::datasets;

namespace {

Table read(const QString &path, const TableReadOptions &options = {}) {
    auto table = readTable(path, options);
    if (!table)
        qFatal("%s", qPrintable(table.error().toString()));
    return std::move(*table);
}

QStringList rowText(const Table &t, qsizetype row) {
    RowCells cells;
    t.cells(row, cells);
    QStringList out;
    for (std::string_view v : cells.values)
        out.append(QString::fromUtf8(v.data(), qsizetype(v.size())));
    return out;
}

} // namespace

class TestTableReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsDaffBridges() {
        const Table t = read(daff + QStringLiteral("bridges.csv"));
        QCOMPARE(t.columns, (QStringList{u"bridge"_qs, u"designer"_qs, u"length"_qs}));
        QCOMPARE(t.rowCount(), 8);
        QCOMPARE(rowText(t, 4),
                 (QStringList{u"Triborough"_qs, u"O. H. Ammann"_qs, u"1380,383"_qs}));
        QVERIFY(t.issues.isEmpty());
    }

    void readsDaffQuoting() {
        const Table t = read(daff + QStringLiteral("quote_me.csv"));
        QCOMPARE(t.columns, (QStringList{u"this"_qs, u"is"_qs, u"a"_qs, u"sheet"_qs}));
        QCOMPARE(t.rowCount(), 8);
        QCOMPARE(rowText(t, 1), (QStringList{u"in"_qs, u"cells"_qs, u"->"_qs, u":"_qs}));
        QCOMPARE(rowText(t, 2), (QStringList{u"you"_qs, u"see?"_qs, u"123\""_qs, QString()}));
        QCOMPARE(rowText(t, 4), (QStringList{u"and"_qs, u"new\nlines"_qs, u"how, really,\nabout"_qs,
                                             u"them?"_qs}));
        QCOMPARE(t.rows[4].line, 6); // the row starts on line 6 and spans three lines
        QCOMPARE(t.rows[5].line, 9);
        QCOMPARE(rowText(t, 5).at(3), u"\"fun\""_qs);
        QCOMPARE(rowText(t, 7).at(2), u"double \"quotes\" repeated"_qs);
        std::string scratch;
        QCOMPARE(t.cell(7, 2, scratch), std::string_view("double \"quotes\" repeated"));
    }

    void sniffsDialect_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QStringList>("firstRow");
        QTest::newRow("comma") << QByteArray("a,b\n1,2\n") << u"x.csv"_qs
                               << QStringList{u"a"_qs, u"b"_qs} << QStringList{u"1"_qs, u"2"_qs};
        QTest::newRow("tab by content")
            << QByteArray("a\tb\tc,d\n1\t2\t3,4\n") << u"x.txt"_qs
            << QStringList{u"a"_qs, u"b"_qs, u"c,d"_qs} << QStringList{u"1"_qs, u"2"_qs, u"3,4"_qs};
        QTest::newRow("tsv by name")
            << QByteArray("a b\tc\n1 2\t3\n") << u"x.tsv"_qs << QStringList{u"a b"_qs, u"c"_qs}
            << QStringList{u"1 2"_qs, u"3"_qs};
        QTest::newRow("semicolon")
            << QByteArray("a;b;c\n1,5;2;3\n4;5;6\n") << u"x.csv"_qs
            << QStringList{u"a"_qs, u"b"_qs, u"c"_qs} << QStringList{u"1,5"_qs, u"2"_qs, u"3"_qs};
        QTest::newRow("bom and crlf")
            << QByteArray("\xEF\xBB\xBFid,name\r\n1,x\r\n") << u"x.csv"_qs
            << QStringList{u"id"_qs, u"name"_qs} << QStringList{u"1"_qs, u"x"_qs};
        QTest::newRow("no header")
            << QByteArray("1,red\n2,blue\n") << u"x.csv"_qs
            << QStringList{u"column1"_qs, u"column2"_qs} << QStringList{u"1"_qs, u"red"_qs};
        QTest::newRow("utf-8 names")
            << QByteArray("größe,名前\n1,x\n") << u"x.csv"_qs
            << QStringList{u"größe"_qs, u"名前"_qs} << QStringList{u"1"_qs, u"x"_qs};
    }
    void sniffsDialect() {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        QFETCH(QStringList, columns);
        QFETCH(QStringList, firstRow);
        QTemporaryDir dir;
        const Table t = read(writeFile(dir, name, content));
        QCOMPARE(t.columns, columns);
        QVERIFY(t.rowCount() >= 1);
        QCOMPARE(rowText(t, 0), firstRow);
    }

    void optionsOverrideSniffing() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"x.csv"_qs, "a;b\n1;2\n");
        TableReadOptions options;
        options.delimiter = ',';
        options.header = false;
        const Table t = read(path, options);
        QCOMPARE(t.columns, QStringList{u"column1"_qs});
        QCOMPARE(t.rowCount(), 2);
        QCOMPARE(rowText(t, 0), QStringList{u"a;b"_qs});
    }

    void raggedRowsAreReportedAndKept() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"ragged.csv"_qs, "a,b,c\n1,2,3\n4,5\n6,7,8,9\n");
        const Table t = read(path);
        QCOMPARE(t.rowCount(), 3);
        QCOMPARE(t.issues.size(), 2);
        QVERIFY2(t.issues[0].message.contains(path + u":3"_qs), qPrintable(t.issues[0].message));
        QVERIFY(t.issues[0].message.contains(u"2 cells"_qs));
        QCOMPARE(t.issues[1].line, 4);
        QCOMPARE(t.issues[1].offset, 16);

        TableReadOptions strict;
        strict.strict = true;
        auto failed = readTable(path, strict);
        QVERIFY(!failed);
        QVERIFY2(failed.error().why.contains(path + u":3"_qs), qPrintable(failed.error().why));
    }

    void badInputNamesThePlace_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("place");
        QTest::newRow("invalid utf-8")
            << u"bad.csv"_qs << QByteArray("a,b\n1,2\n3,\xff\n") << u"bad.csv:3 (byte 10)"_qs;
        QTest::newRow("overlong utf-8")
            << u"bad.csv"_qs << QByteArray("a,b\n\xC0\xAF,2\n") << u"bad.csv:2 (byte 4)"_qs;
        QTest::newRow("truncated utf-8")
            << u"bad.csv"_qs << QByteArray("a,b\n1,\xE2\x82") << u"bad.csv:2 (byte 6)"_qs;
        QTest::newRow("unbalanced quote")
            << u"bad.csv"_qs << QByteArray("a,b\n1,2\n3,\"open\n4,5\n")
            << u"bad.csv:3: a quoted cell opened at byte 10"_qs;
        QTest::newRow("jsonl syntax") << u"bad.jsonl"_qs << QByteArray("{\"a\":1}\n{\"a\":}\n")
                                      << u"bad.jsonl:2 (byte 14)"_qs;
        QTest::newRow("jsonl not object")
            << u"bad.jsonl"_qs << QByteArray("{\"a\":1}\n\n[1]\n") << u"bad.jsonl:3"_qs;
    }
    void badInputNamesThePlace() {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, place);
        QTemporaryDir dir;
        const QString path = writeFile(dir, name, content);
        auto table = readTable(path);
        QVERIFY(!table);
        const QString message = table.error().toString();
        QVERIFY2(message.contains(dir.filePath(place)), qPrintable(message));
        QVERIFY(!table.error().hint.isEmpty());
    }

    void readsJsonLines() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"rows.jsonl"_qs,
                                       "{\"id\": 1, \"name\": \"a\\u001fb\", \"ok\": true}\n"
                                       "\n"
                                       "{\"score\": 0.1, \"id\": 2, \"name\": \"\\\"q\\\"\", "
                                       "\"tags\": [1, 2], \"ok\": null}\n");
        const Table t = read(path);
        QCOMPARE(t.columns, (QStringList{u"id"_qs, u"name"_qs, u"ok"_qs, u"score"_qs, u"tags"_qs}));
        QCOMPARE(t.rowCount(), 2);
        QCOMPARE(rowText(t, 0), (QStringList{u"1"_qs,
                                             u"a\x1f"
                                             "b"_qs,
                                             u"true"_qs}));
        RowCells cells;
        t.cells(0, cells);
        QCOMPARE(cells.at(4), std::string_view()); // a key first seen later is empty
        QCOMPARE(rowText(t, 1),
                 (QStringList{u"2"_qs, u"\"q\""_qs, QString(), u"0.1"_qs, u"[1,2]"_qs}));
        QCOMPARE(t.rows[1].line, 3);
    }

    void validatesUtf8() {
        QCOMPARE(firstInvalidUtf8("plain ascii text, long enough for words"), -1);
        QCOMPARE(firstInvalidUtf8("ä€𝄞"), -1);
        QCOMPARE(firstInvalidUtf8("abcdefghij\xed\xa0\x80"), 10); // a surrogate
        QCOMPARE(firstInvalidUtf8("\x80"), 0);
    }
};

QTEST_GUILESS_MAIN(TestTableReader)
#include "tst_tablereader.moc"
