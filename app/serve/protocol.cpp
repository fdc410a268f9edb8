#include "protocol.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace mlwb::serve {

namespace {

std::string str(std::int64_t v) {
    return std::to_string(v);
}

// Flattens a nested JSON array of numbers (or booleans) into `t`, taking its shape
// from the first element at each depth; every sibling must have the same shape.
std::expected<void, std::string> flattenInto(const Json &v, const std::string &field,
                                             std::size_t depth, Tensor &t) {
    if (v.kind() == Json::Kind::Numbers) {
        if (depth == t.shape.size())
            t.shape.push_back(std::int64_t(v.arraySize()));
        if (depth + 1 != t.shape.size() || t.shape[depth] != std::int64_t(v.arraySize()))
            return std::unexpected(field + ": expected " +
                                   (depth < t.shape.size() ? str(t.shape[depth]) : str(0)) +
                                   " values at this depth, got " + str(v.arraySize()));
        t.data.insert(t.data.end(), v.numbers().begin(), v.numbers().end());
        return {};
    }
    if (v.kind() == Json::Kind::Array) {
        if (depth == t.shape.size())
            t.shape.push_back(std::int64_t(v.arraySize()));
        if (t.shape[depth] != std::int64_t(v.arraySize()))
            return std::unexpected(field + ": expected " + str(t.shape[depth]) + " elements, got " +
                                   str(v.arraySize()) + " (arrays must be rectangular)");
        for (std::size_t i = 0; i < v.array().size(); ++i)
            if (auto r = flattenInto(v.array()[i], field + "[" + str(i) + "]", depth + 1, t); !r)
                return r;
        return {};
    }
    if (v.isNumber() || v.isBool()) {
        if (depth != t.shape.size())
            return std::unexpected(field + ": expected an array, got " +
                                   std::string(Json::describe(v.kind())));
        t.data.push_back(v.isBool() ? double(v.boolean()) : v.number());
        return {};
    }
    return std::unexpected(field + ": expected a number, got " +
                           std::string(Json::describe(v.kind())));
}

std::expected<Tensor, std::string> nestedTensor(const Json &v, const std::string &field) {
    Tensor t;
    if (!v.isArray())
        return std::unexpected(field + ": expected an array, got " +
                               std::string(Json::describe(v.kind())));
    if (auto r = flattenInto(v, field, 0, t); !r)
        return std::unexpected(r.error());
    if (elementCount(t.shape) != std::int64_t(t.data.size()))
        return std::unexpected(field + ": arrays must be rectangular");
    return t;
}

std::expected<std::vector<std::int64_t>, std::string> readShape(const Json *v,
                                                                const std::string &field) {
    if (!v)
        return std::unexpected(field + ": missing");
    if (v->kind() == Json::Kind::Array && v->array().empty())
        return std::vector<std::int64_t>{};
    if (v->kind() != Json::Kind::Numbers)
        return std::unexpected(field + ": expected an array of integers");
    std::vector<std::int64_t> shape;
    for (std::size_t i = 0; i < v->numbers().size(); ++i) {
        const double d = v->numbers()[i];
        if (d < 0 || d != std::floor(d) || d > 1e12)
            return std::unexpected(field + "[" + str(i) + "]: expected a size >= 0, got " +
                                   std::to_string(d));
        shape.push_back(std::int64_t(d));
    }
    return shape;
}

// A tensor from {"shape": [...], "data": [...]}; data may be flat or nested.
std::expected<Tensor, std::string> shapedTensor(const Json &v, const std::string &field) {
    auto shape = readShape(v.find("shape"), field + ".shape");
    if (!shape)
        return std::unexpected(shape.error());
    if (elementCount(*shape) < 0)
        return std::unexpected(field + ".shape: the product of the dimensions is too large");
    const Json *data = v.find("data");
    if (!data)
        return std::unexpected(field + ".data: missing");
    Tensor t;
    if (data->isArray()) {
        auto nested = nestedTensor(*data, field + ".data");
        if (!nested)
            return std::unexpected(nested.error());
        t.data = std::move(nested->data);
    } else if (data->isNumber() || data->isBool()) {
        t.data.push_back(data->isBool() ? double(data->boolean()) : data->number());
    } else {
        return std::unexpected(field + ".data: expected an array of numbers, got " +
                               std::string(Json::describe(data->kind())));
    }
    t.shape = std::move(*shape);
    if (elementCount(t.shape) != std::int64_t(t.data.size()))
        return std::unexpected(field + ".data: expected " + str(elementCount(t.shape)) +
                               " values for shape, got " + str(t.data.size()));
    return t;
}

bool isIntegral(ElementType type) {
    switch (type) {
    case ElementType::UInt8:
    case ElementType::Int8:
    case ElementType::UInt16:
    case ElementType::Int16:
    case ElementType::Int32:
    case ElementType::Int64:
    case ElementType::Bool:
    case ElementType::UInt32:
    case ElementType::UInt64:
        return true;
    default:
        return false;
    }
}

// Checks one tensor against the model's input; `allowBatch` adds a leading batch
// dimension of 1 to a single example (nested-array forms only).
std::expected<void, std::string> conform(Tensor &t, const TensorInfo &info,
                                         const std::string &field, bool allowBatch) {
    t.name = info.name;
    t.type = info.type == ElementType::Undefined ? ElementType::Float : info.type;
    if (info.type == ElementType::String)
        return std::unexpected(field + ": input \"" + info.name +
                               "\" takes strings, which this server does not support");
    for (std::size_t d = 0; d < t.shape.size(); ++d)
        if (t.shape[d] == 0)
            return std::unexpected(field + ".shape[" + str(d) + "]: expected at least 1, got 0");
    if (info.shapeKnown) {
        if (allowBatch && t.shape.size() + 1 == info.shape.size() && !info.shape.empty() &&
            info.shape[0] <= 1)
            t.shape.insert(t.shape.begin(), 1);
        if (t.shape.size() != info.shape.size())
            return std::unexpected(field + ".shape: expected " + str(info.shape.size()) +
                                   " dimensions, got " + str(t.shape.size()));
        for (std::size_t d = 0; d < t.shape.size(); ++d)
            if (info.shape[d] > 0 && t.shape[d] != info.shape[d])
                return std::unexpected(field + ".shape[" + str(d) + "]: expected " +
                                       str(info.shape[d]) + ", got " + str(t.shape[d]));
    }
    if (isIntegral(t.type)) {
        for (std::size_t i = 0; i < t.data.size(); ++i)
            if (t.data[i] != std::floor(t.data[i]))
                return std::unexpected(field + ".data[" + str(i) + "]: expected an integer for " +
                                       std::string(v2DataType(t.type)) + ", got " +
                                       std::to_string(t.data[i]));
    }
    return {};
}

std::string inputNames(const Signature &sig) {
    std::string names;
    for (const TensorInfo &in : sig.inputs)
        names += (names.empty() ? "\"" : ", \"") + in.name + "\"";
    return names;
}

const TensorInfo *findInput(const Signature &sig, const std::string &name) {
    for (const TensorInfo &in : sig.inputs)
        if (in.name == name)
            return &in;
    return nullptr;
}

// Orders named tensors as the signature lists them; every input is required.
Inputs inSignatureOrder(std::map<std::string, Tensor> named, const Signature &sig,
                        const std::string &field) {
    std::vector<Tensor> out;
    for (const TensorInfo &in : sig.inputs) {
        auto it = named.find(in.name);
        if (it == named.end())
            return std::unexpected(field + ": missing input \"" + in.name + "\"; the model takes " +
                                   inputNames(sig));
        out.push_back(std::move(it->second));
    }
    return out;
}

Inputs singleInput(const Json &v, const Signature &sig, const std::string &field) {
    if (sig.inputs.size() != 1)
        return std::unexpected(field + ": the model takes " + str(sig.inputs.size()) + " inputs (" +
                               inputNames(sig) + "); name each of them");
    auto t = nestedTensor(v, field);
    if (!t)
        return std::unexpected(t.error());
    if (auto r = conform(*t, sig.inputs[0], field, true); !r)
        return std::unexpected(r.error());
    std::vector<Tensor> out;
    out.push_back(std::move(*t));
    return out;
}

// {"NAME": nested array or {"shape", "data"}, ...}
Inputs namedInputs(const Json &obj, const Signature &sig, const std::string &field) {
    std::map<std::string, Tensor> named;
    for (const auto &[name, v] : obj.object()) {
        const std::string f = field + "." + name;
        const TensorInfo *info = findInput(sig, name);
        if (!info)
            return std::unexpected(f + ": the model has no input of that name; it takes " +
                                   inputNames(sig));
        auto t = v.isObject() ? shapedTensor(v, f) : nestedTensor(v, f);
        if (!t)
            return std::unexpected(t.error());
        if (auto r = conform(*t, *info, f, !v.isObject()); !r)
            return std::unexpected(r.error());
        named[name] = std::move(*t);
    }
    return inSignatureOrder(std::move(named), sig, field);
}

void appendShape(std::string &out, const std::vector<std::int64_t> &shape) {
    out += '[';
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i)
            out += ',';
        out += std::to_string(shape[i]);
    }
    out += ']';
}

void appendValue(std::string &out, const Tensor &t, double v) {
    if (t.type == ElementType::Bool)
        out += v != 0 ? "true" : "false";
    else if (t.type == ElementType::Float || t.type == ElementType::Float16)
        appendJsonNumber(out, static_cast<float>(v));
    else
        appendJsonNumber(out, v);
}

void appendFlat(std::string &out, const Tensor &t, std::size_t maxValues = SIZE_MAX) {
    out += '[';
    const std::size_t n = std::min(t.data.size(), maxValues);
    for (std::size_t i = 0; i < n; ++i) {
        if (i)
            out += ',';
        appendValue(out, t, t.data[i]);
    }
    out += ']';
}

void appendNested(std::string &out, const Tensor &t, std::size_t dim, std::size_t &index) {
    if (dim >= t.shape.size()) {
        appendValue(out, t, t.data[index++]);
        return;
    }
    out += '[';
    for (std::int64_t i = 0; i < t.shape[dim]; ++i) {
        if (i)
            out += ',';
        appendNested(out, t, dim + 1, index);
    }
    out += ']';
}

void appendNested(std::string &out, const Tensor &t) {
    std::size_t index = 0;
    appendNested(out, t, 0, index);
}

} // namespace

Inputs parseV1Request(const Json &body, const Signature &sig) {
    if (body.isArray())
        return singleInput(body, sig, "body");
    if (!body.isObject())
        return std::unexpected(std::string("body: expected an object with \"inputs\" or an array"));
    const Json *inputs = body.find("inputs");
    if (!inputs)
        return std::unexpected(std::string("inputs: missing"));
    if (inputs->isArray())
        return singleInput(*inputs, sig, "inputs");
    if (!inputs->isObject())
        return std::unexpected("inputs: expected an object or an array, got " +
                               std::string(Json::describe(inputs->kind())));
    return namedInputs(*inputs, sig, "inputs");
}

Inputs parseV2Request(const Json &body, const Signature &sig) {
    if (!body.isObject())
        return std::unexpected(std::string("body: expected an object with \"inputs\""));
    const Json *inputs = body.find("inputs");
    if (!inputs)
        return std::unexpected(std::string("inputs: missing"));
    if (inputs->kind() != Json::Kind::Array)
        return std::unexpected(std::string("inputs: expected an array of tensor objects"));
    std::map<std::string, Tensor> named;
    for (std::size_t i = 0; i < inputs->array().size(); ++i) {
        const Json &item = inputs->array()[i];
        const std::string f = "inputs[" + str(i) + "]";
        if (!item.isObject())
            return std::unexpected(f + ": expected an object");
        const Json *name = item.find("name");
        if (!name || !name->isString())
            return std::unexpected(f + ".name: expected a string");
        const TensorInfo *info = findInput(sig, name->string());
        if (!info)
            return std::unexpected(f + ".name: the model has no input \"" + name->string() +
                                   "\"; it takes " + inputNames(sig));
        const Json *datatype = item.find("datatype");
        if (!datatype || !datatype->isString())
            return std::unexpected(f + ".datatype: expected a string such as \"FP32\"");
        const ElementType expected =
            info->type == ElementType::Undefined ? ElementType::Float : info->type;
        if (elementTypeFromV2(datatype->string()) != expected)
            return std::unexpected(f + ".datatype: expected " + std::string(v2DataType(expected)) +
                                   ", got " + datatype->string());
        auto t = shapedTensor(item, f);
        if (!t)
            return std::unexpected(t.error());
        if (auto r = conform(*t, *info, f, false); !r)
            return std::unexpected(r.error());
        if (named.contains(info->name))
            return std::unexpected(f + ".name: input \"" + info->name + "\" given twice");
        named[info->name] = std::move(*t);
    }
    return inSignatureOrder(std::move(named), sig, "inputs");
}

Inputs parseMlflowRequest(const Json &body, const Signature &sig) {
    if (!body.isObject())
        return std::unexpected(std::string(
            "body: expected an object with \"inputs\", \"instances\" or \"dataframe_split\""));
    if (const Json *inputs = body.find("inputs")) {
        if (inputs->isObject())
            return namedInputs(*inputs, sig, "inputs");
        return singleInput(*inputs, sig, "inputs");
    }
    if (const Json *instances = body.find("instances"))
        return singleInput(*instances, sig, "instances");
    if (const Json *split = body.find("dataframe_split")) {
        if (!split->isObject())
            return std::unexpected(std::string("dataframe_split: expected an object"));
        const Json *data = split->find("data");
        if (!data)
            return std::unexpected(std::string("dataframe_split.data: missing"));
        if (const Json *columns = split->find("columns"); columns && columns->isArray()) {
            const std::size_t width = columns->arraySize();
            if (data->kind() == Json::Kind::Array)
                for (std::size_t r = 0; r < data->array().size(); ++r)
                    if (data->array()[r].isArray() && data->array()[r].arraySize() != width)
                        return std::unexpected("dataframe_split.data[" + str(r) + "]: expected " +
                                               str(width) + " values (one per column), got " +
                                               str(data->array()[r].arraySize()));
        }
        return singleInput(*data, sig, "dataframe_split.data");
    }
    return std::unexpected(
        std::string("body: expected \"inputs\", \"instances\" or \"dataframe_split\""));
}

void appendTensorJson(std::string &out, const Tensor &t, std::size_t maxValues) {
    out += "{\"shape\":";
    appendShape(out, t.shape);
    out += ",\"datatype\":";
    appendJsonString(out, v2DataType(t.type));
    out += ",\"data\":";
    appendFlat(out, t, maxValues);
    if (t.data.size() > maxValues)
        out += ",\"truncated\":true";
    out += '}';
}

std::string v1Response(const std::vector<Tensor> &outputs, const std::string &model,
                       const std::string &version) {
    std::string out = "{\"model\":";
    appendJsonString(out, model);
    out += ",\"version\":";
    appendJsonString(out, version);
    out += ",\"outputs\":{";
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        if (i)
            out += ',';
        appendJsonString(out, outputs[i].name);
        out += ':';
        appendTensorJson(out, outputs[i]);
    }
    out += "}}";
    return out;
}

std::string v2Response(const std::vector<Tensor> &outputs, const std::string &model,
                       const std::string &version) {
    std::string out = "{\"model_name\":";
    appendJsonString(out, model);
    out += ",\"model_version\":";
    appendJsonString(out, version);
    out += ",\"outputs\":[";
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        if (i)
            out += ',';
        out += "{\"name\":";
        appendJsonString(out, outputs[i].name);
        out += ",\"shape\":";
        appendShape(out, outputs[i].shape);
        out += ",\"datatype\":";
        appendJsonString(out, v2DataType(outputs[i].type));
        out += ",\"data\":";
        appendFlat(out, outputs[i]);
        out += '}';
    }
    out += "]}";
    return out;
}

std::string mlflowResponse(const std::vector<Tensor> &outputs) {
    std::string out = "{\"predictions\":";
    if (outputs.size() == 1) {
        appendNested(out, outputs[0]);
    } else {
        out += '{';
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            if (i)
                out += ',';
            appendJsonString(out, outputs[i].name);
            out += ':';
            appendNested(out, outputs[i]);
        }
        out += '}';
    }
    out += '}';
    return out;
}

std::string v2Metadata(const Signature &sig, const std::string &model, const std::string &version) {
    auto tensors = [](std::string &out, const std::vector<TensorInfo> &list) {
        out += '[';
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i)
                out += ',';
            out += "{\"name\":";
            appendJsonString(out, list[i].name);
            out += ",\"datatype\":";
            appendJsonString(out, v2DataType(list[i].type));
            out += ",\"shape\":";
            appendShape(out, list[i].shape);
            out += '}';
        }
        out += ']';
    };
    std::string out = "{\"name\":";
    appendJsonString(out, model);
    out += ",\"versions\":[";
    appendJsonString(out, version);
    out += "],\"platform\":\"onnx\",\"inputs\":";
    tensors(out, sig.inputs);
    out += ",\"outputs\":";
    tensors(out, sig.outputs);
    out += '}';
    return out;
}

std::string errorBody(const std::string &message) {
    std::string out = "{\"error\":";
    appendJsonString(out, message);
    out += '}';
    return out;
}

} // namespace mlwb::serve
