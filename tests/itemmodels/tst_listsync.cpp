#include "itemmodels/listsync.h"

#include <QTest>

using namespace mlwb::itemmodels;

// Replays the signals on a copy, as a view would, and checks it ends equal.
class tst_ListSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sync_data() {
        QTest::addColumn<QList<int>>("from");
        QTest::addColumn<QList<int>>("to");
        QTest::addColumn<QString>("signals");
        QTest::newRow("unchanged") << QList<int>{1, 2, 3} << QList<int>{1, 2, 3} << QString();
        QTest::newRow("append") << QList<int>{1, 2} << QList<int>{1, 2, 3, 4}
                                << QStringLiteral("+2-3");
        QTest::newRow("prepend") << QList<int>{1, 2} << QList<int>{5, 1, 2}
                                 << QStringLiteral("+0-0");
        QTest::newRow("middle groups")
            << QList<int>{1, 2, 3} << QList<int>{1, 7, 8, 2, 3, 9} << QStringLiteral("+1-2+5-5");
        QTest::newRow("remove") << QList<int>{1, 2, 3, 4, 5} << QList<int>{1, 5}
                                << QStringLiteral("-1-3");
        QTest::newRow("reorder") << QList<int>{1, 2, 3} << QList<int>{3, 1, 2}
                                 << QStringLiteral("R");
        QTest::newRow("everything")
            << QList<int>{1, 2, 3, 4} << QList<int>{4, 9, 2} << QStringLiteral("-2-2-0-0R+1-1");
        QTest::newRow("from empty") << QList<int>{} << QList<int>{1, 2} << QStringLiteral("+0-1");
        QTest::newRow("to empty") << QList<int>{1, 2} << QList<int>{} << QStringLiteral("-0-1");
    }

    void sync() {
        QFETCH(QList<int>, from);
        QFETCH(QList<int>, to);
        QFETCH(QString, signals);
        QList<int> current = from;
        QString log;
        ListSyncOps ops;
        ops.beginRemove = [&](int f, int l) { log += QStringLiteral("-%1-%2").arg(f).arg(l); };
        ops.endRemove = [] {};
        ops.beginInsert = [&](int f, int l) { log += QStringLiteral("+%1-%2").arg(f).arg(l); };
        ops.endInsert = [] {};
        ops.beginReorder = [&] { log += QLatin1Char('R'); };
        ops.endReorder = [](const QList<int> &) {};
        syncList(current, to, ops);
        QCOMPARE(current, to);
        QCOMPARE(log, signals);
    }
};

QTEST_GUILESS_MAIN(tst_ListSync)
#include "tst_listsync.moc"
