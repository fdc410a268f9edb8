#pragma once
// A real project with one dataset snapshotted twice, for the Datasets tests.

#include "datasets/datasetstore.h"
#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

namespace mlwb::testing {

// customers v1: 200 rows id,age,city,score. v2: rows 5 and 6 removed, rows 10
// and 20 edited (age, city), 150 rows added whose scores are 4 standard
// deviations higher (score drifts, city does not), a column "segment" added.
struct CustomersProject {
    QTemporaryDir dir;
    QString root;
    int addedRows = 150;
    int removedRows = 2;
    int changedRows = 2;
    int unchangedRows = 196;

    static QByteArray table(bool second) {
        std::mt19937 rng(7);
        std::normal_distribution<double> score(50, 10);
        std::uniform_int_distribution<int> age(18, 80);
        const char *cities[] = {"Berlin", "Paris", "Rome", "Oslo"};
        QByteArray csv = second ? "id,age,city,score,segment\n" : "id,age,city,score\n";
        for (int id = 1; id <= 200; ++id) {
            int a = age(rng);
            QByteArray city = cities[id % 4];
            double s = score(rng);
            if (second && (id == 5 || id == 6))
                continue;
            if (second) {
                if (id == 10)
                    a += 1;
                if (id == 20)
                    city = "Madrid";
            }
            csv += QByteArray::number(id) + ',' + QByteArray::number(a) + ',' + city + ',' +
                   QByteArray::number(std::round(s * 100) / 100);
            if (second)
                csv += id % 2 ? ",a" : ",b";
            csv += '\n';
        }
        if (second) {
            std::normal_distribution<double> high(90, 10);
            for (int id = 201; id <= 350; ++id) {
                csv += QByteArray::number(id) + ',' + QByteArray::number(age(rng)) + ',' +
                       cities[id % 4] + ',' +
                       QByteArray::number(std::round(high(rng) * 100) / 100) + ",a\n";
            }
        }
        return csv;
    }

    bool write(const QByteArray &bytes) const {
        QFile f(QDir(root).filePath(QStringLiteral("data/customers.csv")));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }

    // Creates the project and both snapshots; QVERIFY-style: returns false on failure.
    bool create() {
        if (!dir.isValid())
            return false;
        root = dir.path();
        auto project = Project::init(root);
        if (!project) {
            qWarning() << project.error().toString();
            return false;
        }
        QDir(root).mkpath(QStringLiteral("data"));
        datasets::DatasetStore store(*project);
        datasets::SnapshotOptions options;
        options.name = QStringLiteral("customers");
        for (bool second : {false, true}) {
            if (!write(table(second)))
                return false;
            options.message = second ? QStringLiteral("shifted scores") : QStringLiteral("first");
            auto r =
                store.snapshot(QDir(root).filePath(QStringLiteral("data/customers.csv")), options);
            if (!r || !r->created) {
                qWarning() << (r ? QStringLiteral("no new version") : r.error().toString());
                return false;
            }
        }
        return true;
    }
};

// a.csv, well formed, and b.csv with a quote left open on line 3, in `dir`.
inline bool writeMalformedPair(const QTemporaryDir &dir, QString &a, QString &b) {
    a = dir.filePath(QStringLiteral("a.csv"));
    b = dir.filePath(QStringLiteral("b.csv"));
    for (const auto &[path, bytes] : {std::pair{a, QByteArray("id,v\n1,1\n")},
                                      std::pair{b, QByteArray("id,v\n1,1\n2,\"open\n3,3\n")}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return false;
    }
    return true;
}

} // namespace mlwb::testing
