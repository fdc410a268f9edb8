#pragma once

#include "json.h"
#include "onnxfile.h"

#include <expected>
#include <string>
#include <vector>

namespace mlwb::serve {

// The request bodies the server understands, turned into the model's inputs in
// signature order. Errors name the field: `inputs[0].shape[1]: expected 4, got 3`.
//
// POST /v1/predict takes either
//   {"inputs": {"NAME": {"shape": [2, 4], "data": [... 8 numbers ...]}, ...}}
// (data flat or nested; "NAME": [[...], ...] as a nested array also works), or a
// plain nested array such as [[1, 2, 3, 4]] for a model with a single input.
// POST /v2/models/NAME/infer takes the Open Inference Protocol v2 body
//   {"inputs": [{"name", "shape", "datatype", "data"}]}.
// POST /invocations takes MLflow's {"inputs": ...} (array or dict of arrays),
// {"instances": [...]} or {"dataframe_split": {"columns": [...], "data": [[...]]}}.
using Inputs = std::expected<std::vector<Tensor>, std::string>;

Inputs parseV1Request(const Json &body, const Signature &sig);
Inputs parseV2Request(const Json &body, const Signature &sig);
Inputs parseMlflowRequest(const Json &body, const Signature &sig);

// Response bodies.
std::string v1Response(const std::vector<Tensor> &outputs, const std::string &model,
                       const std::string &version);
std::string v2Response(const std::vector<Tensor> &outputs, const std::string &model,
                       const std::string &version);
std::string mlflowResponse(const std::vector<Tensor> &outputs);
std::string v2Metadata(const Signature &sig, const std::string &model, const std::string &version);
std::string errorBody(const std::string &message);

// {"shape": [...], "data": [...]} of one tensor; at most `maxValues` values.
void appendTensorJson(std::string &out, const Tensor &t, std::size_t maxValues = SIZE_MAX);

} // namespace mlwb::serve
