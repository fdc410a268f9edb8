#include "datasets/tablereader.h"

#include "tabletestfiles.h"

#include <QFile>
#include <QRandomGenerator>
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

// A CSV cell as written: quoted when it holds a delimiter, quote or line break.
QByteArray csvCell(const QByteArray &value) {
    if (!value.contains(',') && !value.contains('"') && !value.contains('\n') &&
        !value.contains('\r'))
        return value;
    QByteArray quoted = value;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

// Rows of varied shape: long and short, quoted cells with delimiters, quotes and
// line breaks, multi-byte characters, now and then a row with a cell too many,
// blank lines and CRLF. Written into `content`; each row's cells and first line
// are kept to compare with what is read.
struct GeneratedTable {
    QByteArray content;
    QList<QList<QByteArray>> rows;
    QList<qint64> lines;
    int ragged = 0;
};

GeneratedTable generateTable(int rowCount, quint32 seed) {
    QRandomGenerator random(seed);
    const QList<QByteArray> words = {"a",          "ä€𝄞",        "plain", "with,comma",
                                     "say \"hi\"", "two\nlines", "x",     QByteArray(70, 'w'),
                                     "",           "cr\r\nlf"};
    GeneratedTable t;
    t.content = "c1,c2,c3,c4\n";
    qint64 line = 2;
    for (int r = 0; r < rowCount; ++r) {
        const int cells = random.bounded(50) == 0 ? 5 : 4;
        t.ragged += cells != 4;
        QList<QByteArray> row;
        QByteArray text;
        for (int c = 0; c < cells; ++c) {
            const QByteArray value =
                c == 0 ? QByteArray::number(r) : words[random.bounded(words.size())];
            row.append(value);
            text += (c ? "," : "") + csvCell(value);
        }
        t.rows.append(row);
        t.lines.append(line);
        line += text.count('\n') + 1;
        t.content += text + (random.bounded(10) == 0 ? "\r\n" : "\n");
        if (random.bounded(40) == 0) { // a blank line is no row
            t.content += "\n";
            ++line;
        }
    }
    t.content.chop(t.content.endsWith("\r\n") ? 2 : 1); // the last row without a line break
    return t;
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

    // Rows are found 64 bytes at a time and UTF-8 is checked in windows ahead of
    // them: a file of many windows reads as its rows were written.
    void readsLargeFilesAsWritten_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("one block") << 1 << 1u;
        QTest::newRow("a few blocks") << 9 << 2u;
        QTest::newRow("many windows") << 20000 << 3u;
        QTest::newRow("other rows") << 20000 << 4u;
    }
    void readsLargeFilesAsWritten() {
        QFETCH(int, rows);
        QFETCH(quint32, seed);
        const GeneratedTable expected = generateTable(rows, seed);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"large.csv"_qs, expected.content);
        const Table t = read(path);
        QVERIFY(t.mapped);
        QCOMPARE(t.columns, (QStringList{u"c1"_qs, u"c2"_qs, u"c3"_qs, u"c4"_qs}));
        QCOMPARE(t.rowCount(), expected.rows.size());
        QCOMPARE(t.issues.size(), expected.ragged);
        RowCells cells;
        for (qsizetype r = 0; r < t.rowCount(); ++r) {
            t.cells(r, cells);
            QList<QByteArray> got;
            for (std::string_view v : cells.values)
                got.append(QByteArray(v.data(), qsizetype(v.size())));
            QCOMPARE(got, expected.rows[r]);
            QCOMPARE(qint64(t.rows[size_t(r)].line), expected.lines[r]);
        }
        // The same bytes in memory instead of a mapped file.
        auto fromBytes = readTableFromBytes(expected.content, path);
        QVERIFY(fromBytes);
        QCOMPARE(fromBytes->rowCount(), t.rowCount());
        QCOMPARE(fromBytes->issues.size(), t.issues.size());
    }

    // Bad UTF-8 anywhere is reported before a bad row that comes earlier in the file,
    // and its place is exact wherever it falls between blocks and windows.
    void utf8ErrorsComeFirstWherever_data() {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<int>("padding");
        QTest::newRow("unclosed quote first") << QByteArray("1,\"open\n") << 300000;
        QTest::newRow("strict ragged row first") << QByteArray("1,2,3\n") << 300000;
        QTest::newRow("across a block") << QByteArray() << 62;
        QTest::newRow("far into the file") << QByteArray() << 262142;
    }
    void utf8ErrorsComeFirstWherever() {
        QFETCH(QByteArray, before);
        QFETCH(int, padding);
        QByteArray content = "a,b\n" + before;
        // Rows of "x,y" up to `padding` bytes, then a character cut short after two bytes.
        while (content.size() + 4 <= padding)
            content += "x,y\n";
        content += QByteArray(padding - content.size(), 'z');
        const qint64 line = content.count('\n') + 1;
        const qint64 offset = content.size();
        content += "\xE2\x82,z\nlast,row\n";
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"bad.csv"_qs, content);
        TableReadOptions strict;
        strict.strict = true;
        auto table = readTable(path, strict);
        QVERIFY(!table);
        const QString place =
            u"bad.csv:%1 (byte %2): the bytes are not valid UTF-8"_qs.arg(line).arg(offset);
        QVERIFY2(table.error().why.contains(place), qPrintable(table.error().toString()));
    }

    void releasedPagesStayReadable() {
        const GeneratedTable expected = generateTable(3000, 5);
        QTemporaryDir dir;
        const Table t = read(writeFile(dir, u"t.csv"_qs, expected.content));
        QVERIFY(t.mapped);
        QList<QByteArray> before;
        for (qsizetype r = 0; r < t.rowCount(); ++r)
            before.append(QByteArray(t.rowBytes(r).data(), qsizetype(t.rowBytes(r).size())));
        t.releasePages();
        std::string buffer;
        for (qsizetype r = 0; r < t.rowCount(); r += 7) {
            QCOMPARE(QByteArray(t.rowBytes(r).data(), qsizetype(t.rowBytes(r).size())), before[r]);
            const std::string_view bytes = t.rowBytes(r, buffer);
            QCOMPARE(QByteArray(bytes.data(), qsizetype(bytes.size())), before[r]);
        }
        QCOMPARE(t.releasePages(10, 5000), 4096); // the next range starts at a page
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
