#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>

namespace mlwb::itemmodels {

// The inputs and outputs of a model version's signature (registry::toSignatureJson):
// one row per tensor with its name, element type and shape ("[batch, 784]",
// dynamic dimensions by name, unknown ones as "?").
class ModelSignatureModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, NameColumn, TypeColumn, ShapeColumn, ColumnCount };
    enum Role { IsInputRole = Qt::UserRole + 1, DynamicRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setSignature(const QJsonObject &signature);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    struct Tensor {
        bool input = true;
        QString name;
        QString type;
        QString shape;
        bool dynamic = false; // a dimension is named or unknown
    };
    // The tensors of a signature in order: inputs, then outputs.
    static QList<Tensor> tensorsOf(const QJsonObject &signature);

private:
    QList<Tensor> m_tensors;
};

} // namespace mlwb::itemmodels
