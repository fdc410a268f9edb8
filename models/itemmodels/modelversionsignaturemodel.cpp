#include "modelversionsignaturemodel.h"

#include <QJsonArray>

namespace mlwb::itemmodels {

QList<ModelSignatureModel::Tensor> ModelSignatureModel::tensorsOf(const QJsonObject &signature) {
    QList<Tensor> tensors;
    for (const bool input : {true, false}) {
        const QJsonArray list =
            signature.value(input ? QLatin1String("inputs") : QLatin1String("outputs")).toArray();
        for (const QJsonValue &t : list) {
            const QJsonObject o = t.toObject();
            Tensor tensor{input, o.value(QLatin1String("name")).toString(),
                          o.value(QLatin1String("type")).toString(), QStringLiteral("?"), false};
            const QJsonValue shape = o.value(QLatin1String("shape"));
            if (shape.isArray()) {
                QStringList dims;
                for (const QJsonValue &d : shape.toArray()) {
                    if (d.isDouble()) {
                        dims.append(QString::number(qint64(d.toDouble())));
                    } else {
                        dims.append(d.toString());
                        tensor.dynamic = true;
                    }
                }
                tensor.shape =
                    QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
            } else {
                tensor.dynamic = true;
            }
            tensors.append(tensor);
        }
    }
    return tensors;
}

void ModelSignatureModel::setSignature(const QJsonObject &signature) {
    beginResetModel();
    m_tensors = tensorsOf(signature);
    endResetModel();
}

int ModelSignatureModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_tensors.size());
}

int ModelSignatureModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelSignatureModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_tensors.size())
        return {};
    const Tensor &t = m_tensors[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return t.input ? tr("input") : tr("output");
        case NameColumn:
            return t.name;
        case TypeColumn:
            return t.type;
        case ShapeColumn:
            return t.shape;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ShapeColumn && t.dynamic)
            return tr("Named or \"?\" dimensions are dynamic: any size is accepted");
        return {};
    case IsInputRole:
        return t.input;
    case DynamicRole:
        return t.dynamic;
    }
    return {};
}

QVariant ModelSignatureModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Element type");
    case ShapeColumn:
        return tr("Shape");
    }
    return {};
}

} // namespace mlwb::itemmodels
