#include "tfevents.h"

#include "importedrun.h"
#include "onnx/protowire.h"
#include "onnx/tensorproto.h"

#include <QtEndian>

#include <bit>
#include <cmath>
#include <optional>

namespace mlwb::tracking::importers {

namespace {

// tensorflow.DataType values of numeric scalars.
enum DataType { DtFloat = 1, DtDouble = 2, DtInt32 = 3, DtInt64 = 9, DtBool = 10, DtHalf = 19 };

using onnx::halfToDouble;
using ProtoReader = onnx::WireReader;

QString utf8(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::optional<double> fromContent(int dtype, std::string_view c) {
    const char *p = c.data();
    switch (dtype) {
    case DtFloat:
        if (c.size() == 4)
            return std::bit_cast<float>(qFromLittleEndian<quint32>(p));
        break;
    case DtDouble:
        if (c.size() == 8)
            return std::bit_cast<double>(qFromLittleEndian<quint64>(p));
        break;
    case DtInt32:
        if (c.size() == 4)
            return qFromLittleEndian<qint32>(p);
        break;
    case DtInt64:
        if (c.size() == 8)
            return double(qFromLittleEndian<qint64>(p));
        break;
    case DtBool:
        if (c.size() == 1)
            return p[0] ? 1.0 : 0.0;
        break;
    case DtHalf:
        if (c.size() == 2)
            return halfToDouble(qFromLittleEndian<quint16>(p));
        break;
    }
    return std::nullopt;
}

// The first element of a repeated numeric field, packed or not.
std::optional<double> firstElement(const ProtoReader::Field &f, int dtype) {
    if (f.type != ProtoReader::LengthDelimited) {
        if (f.type == ProtoReader::Fixed32)
            return f.asFloat();
        if (f.type == ProtoReader::Fixed64)
            return f.asDouble();
        return dtype == DtHalf ? halfToDouble(std::uint16_t(f.scalar)) : double(qint64(f.scalar));
    }
    if (f.number == 5 && f.bytes.size() >= 4) // float_val
        return std::bit_cast<float>(qFromLittleEndian<quint32>(f.bytes.data()));
    if (f.number == 6 && f.bytes.size() >= 8) // double_val
        return std::bit_cast<double>(qFromLittleEndian<quint64>(f.bytes.data()));
    ProtoReader packed(f.bytes);
    if (const auto v = packed.varint())
        return dtype == DtHalf ? halfToDouble(std::uint16_t(*v)) : double(qint64(*v));
    return std::nullopt;
}

// TensorShapeProto: rank 0 means no `dim` (2) entries.
bool isRankZero(std::string_view shape) {
    ProtoReader r(shape);
    while (const auto f = r.next())
        if (f->number == 2 || (f->number == 3 && f->scalar))
            return false;
    return !r.failed();
}

// TensorProto {1 dtype, 2 shape, 4 tensor_content, 5 float_val, 6 double_val,
// 7 int_val, 10 int64_val, 11 bool_val, 13 half_val}.
std::optional<double> scalarFromTensor(std::string_view tensor) {
    ProtoReader r(tensor);
    int dtype = 0;
    bool rankZero = true;
    std::optional<ProtoReader::Field> content, element;
    while (const auto f = r.next()) {
        switch (f->number) {
        case 1:
            dtype = int(f->scalar);
            break;
        case 2:
            rankZero = isRankZero(f->bytes);
            break;
        case 4:
            content = f;
            break;
        case 5:
        case 6:
        case 7:
        case 10:
        case 11:
        case 13:
            if (!element)
                element = f;
            break;
        }
    }
    if (r.failed() || !rankZero)
        return std::nullopt;
    if (content)
        return fromContent(dtype, content->bytes);
    if (element)
        return firstElement(*element, dtype);
    return std::nullopt;
}

// SummaryMetadata {1 plugin_data {1 plugin_name}}; empty when not given.
QString pluginName(std::string_view metadata) {
    ProtoReader r(metadata);
    while (const auto f = r.next()) {
        if (f->number != 1 || f->type != ProtoReader::LengthDelimited)
            continue;
        ProtoReader plugin(f->bytes);
        while (const auto p = plugin.next())
            if (p->number == 1 && p->type == ProtoReader::LengthDelimited)
                return utf8(p->bytes);
    }
    return {};
}

// Summary.Value {1 tag, 2 simple_value, 8 tensor, 9 metadata}.
Status decodeValue(std::string_view bytes, ScalarEvent event, QList<ScalarEvent> &out) {
    ProtoReader r(bytes);
    std::optional<double> value;
    std::optional<std::string_view> tensor;
    QString plugin;
    while (const auto f = r.next()) {
        if (f->number == 1 && f->type == ProtoReader::LengthDelimited)
            event.tag = utf8(f->bytes);
        else if (f->number == 2 && f->type == ProtoReader::Fixed32)
            value = f->asFloat();
        else if (f->number == 8 && f->type == ProtoReader::LengthDelimited)
            tensor = f->bytes;
        else if (f->number == 9 && f->type == ProtoReader::LengthDelimited)
            plugin = pluginName(f->bytes);
    }
    if (r.failed())
        return fail(importTr("Summary.Value at byte %1").arg(r.offset()),
                    importTr("malformed protobuf"));
    if (!value && tensor && (plugin.isEmpty() || plugin == u"scalars"))
        value = scalarFromTensor(*tensor);
    if (value && !event.tag.isEmpty()) {
        event.value = *value;
        out.append(event);
    }
    return {};
}

} // namespace

Result<QList<ScalarEvent>> decodeScalarEvents(QByteArrayView bytes) {
    // Event {1 wall_time, 2 step, 3 file_version, 5 summary}.
    ProtoReader r(std::string_view(bytes.data(), std::size_t(bytes.size())));
    ScalarEvent base;
    std::optional<std::string_view> summary;
    while (const auto f = r.next()) {
        if (f->number == 1 && f->type == ProtoReader::Fixed64)
            base.wallTime = f->asDouble();
        else if (f->number == 2 && f->type == ProtoReader::Varint)
            base.step = qint64(f->scalar);
        else if (f->number == 5 && f->type == ProtoReader::LengthDelimited)
            summary = f->bytes;
    }
    if (r.failed())
        return fail(importTr("Event field at byte %1").arg(r.offset()),
                    importTr("malformed protobuf"));
    QList<ScalarEvent> out;
    if (!summary)
        return out;
    ProtoReader s(*summary); // Summary {1 repeated Value}
    while (const auto f = s.next()) {
        if (f->number == 1 && f->type == ProtoReader::LengthDelimited)
            MLWB_TRY(decodeValue(f->bytes, base, out));
    }
    if (s.failed())
        return fail(importTr("Summary at byte %1").arg(s.offset()), importTr("malformed protobuf"));
    return out;
}

} // namespace mlwb::tracking::importers
