#include "tablereader.h"

#include "cellquoting.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace mlwb::datasets::detail {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

constexpr char unitSeparator = '\x1f';

QString cellText(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return v.toVariant().toString(); // integers stay integers, doubles are shortest
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

void appendCell(QByteArray &out, const QString &text) {
    const QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(unitSeparator) && !utf8.startsWith('"')) {
        out += utf8;
        return;
    }
    appendQuoted(out, utf8);
}

} // namespace

// Each line is one JSON object; the columns are the union of the keys in
// first-seen order. The cells are re-encoded into one buffer delimited by the
// unit separator, so the diff treats JSONL like any other table.
Result<Table> readJsonLines(Table table, qint64 start) {
    const QByteArray source = std::move(table.data);
    table.data = QByteArray();
    table.data.reserve(source.size());
    table.dialect = TableDialect{unitSeparator, '"', true};
    QHash<QString, qsizetype> columnIndex;
    QStringList cells;
    qint64 line = 0;
    qint64 pos = start;
    const qint64 n = source.size();
    while (pos < n) {
        ++line;
        qint64 eol = source.indexOf('\n', pos);
        if (eol < 0)
            eol = n;
        const QByteArray text = source.mid(pos, eol - pos).trimmed();
        const qint64 lineStart = pos;
        pos = eol + 1;
        if (text.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            const QString why = error.error != QJsonParseError::NoError
                                    ? error.errorString()
                                    : tr("the line is not a JSON object");
            return fail(
                tr("read %1").arg(table.source),
                tr("%1 (byte %2): %3")
                    .arg(place(table.source, line))
                    .arg(lineStart + (error.error != QJsonParseError::NoError ? error.offset : 0))
                    .arg(why),
                tr("write one JSON object per line"));
        }
        const QJsonObject object = doc.object();
        cells.fill(QString(), table.columns.size());
        for (auto it = object.begin(); it != object.end(); ++it) {
            auto found = columnIndex.constFind(it.key());
            qsizetype column;
            if (found == columnIndex.constEnd()) {
                column = table.columns.size();
                columnIndex.insert(it.key(), column);
                table.columns.append(it.key());
                cells.append(QString());
            } else {
                column = *found;
            }
            cells[column] = cellText(it.value());
        }
        const qint64 begin = table.data.size();
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                table.data += unitSeparator;
            appendCell(table.data, cells.at(c));
        }
        table.rows.push_back(RowSpan::of(begin, table.data.size(), line));
    }
    return table;
}

} // namespace mlwb::datasets::detail
