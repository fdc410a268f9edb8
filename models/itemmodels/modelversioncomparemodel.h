#pragma once

#include "registry/lineage.h"

#include <QAbstractTableModel>

namespace mlwb::itemmodels {

// Model versions side by side: one column per version after the row labels;
// rows by section: signature (each input/output), file (format, size,
// parameters, opset, producer), the source runs' metrics (last value, the best
// one marked), their params and the dataset versions they read. Optionally only
// the rows whose values differ.
class ModelVersionCompareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Section { Signature, File, Metrics, Params, Datasets };
    enum Role {
        SectionRole = Qt::UserRole + 1, // int(Section)
        DiffersRole,                    // bool, on every cell of the row
        BestRole,                       // bool: the best value of a metric
        LinkRole,                       // QUrl of a dataset version cell
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setLineages(const QList<registry::Lineage> &lineages);
    const QList<registry::Lineage> &lineages() const { return m_lineages; }
    void setOnlyDifferences(bool on);
    bool onlyDifferences() const { return m_onlyDifferences; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString sectionName(Section section);

    // Datasets whose versions differ between the compared versions (or that
    // only some of them read), e.g. {"digits", "digits@1 → digits@2"}.
    struct DatasetChange {
        QString dataset;
        QStringList versions; // one per compared version, "" when it read none
    };
    QList<DatasetChange> datasetChanges() const;

private:
    struct Line {
        Section section = Section::File;
        QString label;
        QStringList values; // one per version
        QList<QUrl> links;  // datasets only
        bool differs = false;
        QList<int> best;
    };
    void rebuild();

    QList<registry::Lineage> m_lineages;
    QList<Line> m_all;
    QList<int> m_visible; // indexes into m_all
    bool m_onlyDifferences = false;
};

} // namespace mlwb::itemmodels
