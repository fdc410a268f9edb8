#include "demodatasets.h"

#include "datasets/datasetstore.h"
#include "project/project.h"
#include "vcs/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace mlwb::demo {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

Status writeBytes(const QString &path, const QByteArray &content) {
    QDir().mkpath(path.section(u'/', 0, -2));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return fail(tr("write %1").arg(path), f.errorString(),
                    tr("check that the folder is writable and the disk is not full"));
    return {};
}

struct Customer {
    int id = 0;
    int age = 0;
    double income = 0;
    QString city;
    int tenure = 0;
    bool churned = false;
};

QByteArray customersCsv(const QList<Customer> &rows, bool withTenure) {
    QByteArray out =
        withTenure ? "id,age,income,city,tenure_months,churned\n" : "id,age,income,city,churned\n";
    for (const Customer &c : rows) {
        out += QByteArray::number(c.id) + ',' + QByteArray::number(c.age) + ',' +
               QByteArray::number(c.income, 'f', 2) + ',' + c.city.toUtf8() + ',';
        if (withTenure)
            out += QByteArray::number(c.tenure) + ',';
        out += c.churned ? "yes\n" : "no\n";
    }
    return out;
}

QList<Customer> makeCustomers(std::mt19937_64 &rng, int firstId, int n) {
    static const QStringList cities{u"Berlin"_s, u"Hamburg"_s, u"Munich"_s, u"Cologne"_s,
                                    u"Leipzig"_s};
    std::normal_distribution<double> age(41, 12);
    std::lognormal_distribution<double> income(10.6, 0.35);
    std::uniform_int_distribution<int> city(0, int(cities.size()) - 1);
    std::uniform_int_distribution<int> tenure(1, 96);
    std::bernoulli_distribution churn(0.18);
    QList<Customer> out;
    for (int i = 0; i < n; ++i)
        out.append({firstId + i, std::clamp(int(std::lround(age(rng))), 18, 90),
                    std::round(income(rng) * 100) / 100, cities[city(rng)], tenure(rng),
                    churn(rng)});
    return out;
}

// A 64×64 PNG of one shape; `variant` moves, sizes and colours it.
QByteArray shapePng(const QString &shape, int variant, bool marked = false) {
    cv::Mat img(64, 64, CV_8UC3, cv::Scalar(245, 245, 245));
    std::mt19937 rng(uint32_t(variant * 7919 + shape.size()));
    std::uniform_int_distribution<int> jitter(-6, 6);
    std::uniform_int_distribution<int> colour(40, 220);
    const cv::Point c(32 + jitter(rng), 32 + jitter(rng));
    const cv::Scalar fill(colour(rng), colour(rng), colour(rng));
    const int r = 14 + jitter(rng) / 2;
    if (shape == u"circle")
        cv::circle(img, c, r, fill, cv::FILLED, cv::LINE_AA);
    else if (shape == u"square")
        cv::rectangle(img, c - cv::Point(r, r), c + cv::Point(r, r), fill, cv::FILLED);
    else {
        const std::vector<cv::Point> tri{c + cv::Point(0, -r), c + cv::Point(r, r),
                                         c + cv::Point(-r, r)};
        cv::fillConvexPoly(img, tri, fill, cv::LINE_AA);
    }
    if (marked) // an edit: a small dark blot in one corner
        cv::rectangle(img, cv::Point(4, 4), cv::Point(11, 11), cv::Scalar(30, 30, 30), cv::FILLED);
    std::vector<uchar> png;
    cv::imencode(".png", img, png);
    return QByteArray(reinterpret_cast<const char *>(png.data()), qsizetype(png.size()));
}

QString shapePath(const QString &root, const QString &shape, int i) {
    return root + u"/data/shapes/"_s + shape + u'/' + shape + u'_' +
           QString::number(i).rightJustified(3, u'0') + u".png"_s;
}

// One 8×8 grey digit as 64 values in 0..16, as in the UCI digits set: the
// glyph drawn at 32×32 with a random shift and stroke, then averaged down.
QByteArray digitRow(std::mt19937_64 &rng, int id, int label) {
    cv::Mat big(32, 32, CV_8UC1, cv::Scalar(0));
    std::uniform_int_distribution<int> shift(-3, 3);
    std::uniform_int_distribution<int> stroke(2, 4);
    cv::putText(big, std::to_string(label), cv::Point(7 + shift(rng), 27 + shift(rng)),
                cv::FONT_HERSHEY_SIMPLEX, 1.0, cv::Scalar(255), stroke(rng), cv::LINE_AA);
    cv::Mat small;
    cv::resize(big, small, cv::Size(8, 8), 0, 0, cv::INTER_AREA);
    QByteArray row = QByteArray::number(id) + ',';
    for (int i = 0; i < 64; ++i)
        row += QByteArray::number(std::lround(small.data[i] * 16.0 / 255.0)) + ',';
    return row + QByteArray::number(label) + '\n';
}

QByteArray digitsHeader() {
    QByteArray header = "id,";
    for (int i = 0; i < 64; ++i)
        header += "px" + QByteArray::number(i) + ',';
    return header + "label\n";
}

} // namespace

Result<QStringList> writeDemoDatasets(Project &project, double now, qint64 runId) {
    QStringList commits;
    const QString root = project.paths().root();
    MLWB_ASSIGN_OR_RETURN(vcs::Repository repo, vcs::Repository::discover(root));
    datasets::DatasetStore store(project);
    const QString author = u"Mara Jensen"_s;
    const QString email = u"mara@example.org"_s;
    auto commitAt = [&](const QString &message, double daysBefore) -> Status {
        MLWB_ASSIGN_OR_RETURN(QString id, repo.commitAll(message, author, email,
                                                         qint64(std::floor(now / 3600.0) * 3600.0 -
                                                                daysBefore * 86400.0)));
        commits.append(id);
        return {};
    };
    auto snapshot = [&](const QString &path, const QString &message) -> Result<qint64> {
        datasets::SnapshotOptions o;
        o.message = message;
        MLWB_ASSIGN_OR_RETURN(const datasets::SnapshotResult r, store.snapshot(path, o));
        return r.version.id;
    };
    // The images are versioned by their pointer file only, as big data would be.
    {
        QFile ignore(root + u"/.gitignore"_s);
        if (!ignore.open(QIODevice::Append))
            return fail(tr("write %1").arg(ignore.fileName()), ignore.errorString());
        ignore.write("/data/shapes/\n");
    }

    // digits.csv, the digits model's training table: v1 500 rows; v2 80 rows
    // more, mostly 7s and 9s, and 10 labels corrected.
    std::mt19937_64 digitRng(2024);
    QList<QByteArray> digitRows;
    QList<int> labels;
    for (int i = 0; i < 500; ++i) {
        labels.append(i % 10);
        digitRows.append(digitRow(digitRng, i + 1, i % 10));
    }
    const QString digits = root + u"/data/digits.csv"_s;
    MLWB_TRY(writeBytes(digits, digitsHeader() + digitRows.join()));
    MLWB_TRY(snapshot(digits, u"Digits, first scan batch"_s));
    MLWB_TRY(commitAt(u"Add digits training table (data/digits.csv.mlwb)"_s, 6.5));
    for (int i = 0; i < 80; ++i) {
        const int label = i % 4 == 0 ? i % 10 : (i % 2 ? 7 : 9);
        digitRows.append(digitRow(digitRng, 501 + i, label));
    }
    for (int i = 0; i < 10; ++i) { // a relabelling pass: the value after the last comma
        QByteArray &row = digitRows[i * 37 + 11];
        row = row.left(row.lastIndexOf(',') + 1) +
              QByteArray::number((labels[i * 37 + 11] + 1) % 10) + '\n';
    }
    MLWB_TRY(writeBytes(digits, digitsHeader() + digitRows.join()));
    MLWB_TRY(snapshot(digits, u"Digits: second batch, 10 labels corrected"_s));
    MLWB_TRY(commitAt(u"Digits: second scan batch"_s, 6.0));

    // customers.csv: v1 300 rows; v2 rows removed, added and edited; v3 a column
    // added and incomes shifted up by about 15 %.
    std::mt19937_64 rng(4242);
    QList<Customer> rows = makeCustomers(rng, 1, 300);
    const QString csv = root + u"/data/customers.csv"_s;
    MLWB_TRY(writeBytes(csv, customersCsv(rows, false)));
    MLWB_TRY(snapshot(csv, u"CRM export, March"_s));
    MLWB_TRY(commitAt(u"Add customer table (data/customers.csv.mlwb)"_s, 5.5));

    for (int i = 0; i < 12; ++i)
        rows.removeAt(qsizetype(17 * i + 3) % rows.size());
    rows += makeCustomers(rng, 301, 25);
    for (int i = 0; i < 15; ++i) {
        Customer &c = rows[(i * 19 + 7) % rows.size()];
        if (i % 3 == 0)
            c.city = u"Dresden"_s;
        else if (i % 3 == 1)
            c.churned = !c.churned;
        else
            c.age += 1;
    }
    MLWB_TRY(writeBytes(csv, customersCsv(rows, false)));
    MLWB_ASSIGN_OR_RETURN(const qint64 customersV2, snapshot(csv, u"CRM export, April"_s));
    MLWB_TRY(commitAt(u"Customers: April export"_s, 3.5));

    for (Customer &c : rows)
        c.income = std::round(c.income * 1.15 * 100) / 100;
    MLWB_TRY(writeBytes(csv, customersCsv(rows, true)));
    MLWB_TRY(snapshot(csv, u"May export with tenure; incomes after the price change"_s));
    MLWB_TRY(commitAt(u"Customers: add tenure_months, May export"_s, 1.5));

    // shapes/: v1 10 images per class; v2 three triangles added, two circles
    // removed, two squares edited.
    const QStringList shapes{u"circle"_s, u"square"_s, u"triangle"_s};
    for (const QString &s : shapes)
        for (int i = 0; i < 10; ++i)
            MLWB_TRY(writeBytes(shapePath(root, s, i), shapePng(s, i)));
    const QString images = root + u"/data/shapes"_s;
    MLWB_TRY(snapshot(images, u"Shapes, first labelling round"_s));
    MLWB_TRY(commitAt(u"Add shapes image dataset (data/shapes.mlwb)"_s, 4.5));

    for (int i = 10; i < 13; ++i)
        MLWB_TRY(writeBytes(shapePath(root, u"triangle"_s, i), shapePng(u"triangle"_s, i)));
    for (int i : {2, 7})
        QFile::remove(shapePath(root, u"circle"_s, i));
    for (int i : {1, 4})
        MLWB_TRY(writeBytes(shapePath(root, u"square"_s, i), shapePng(u"square"_s, i, true)));
    MLWB_TRY(snapshot(images, u"Shapes: relabelled, more triangles"_s));
    MLWB_TRY(commitAt(u"Shapes: second labelling round"_s, 2.5));

    if (runId > 0)
        MLWB_TRY(store.recordUse(runId, customersV2, u"input"_s));
    return commits;
}

} // namespace mlwb::demo
