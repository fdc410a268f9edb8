#pragma once

#include "onnxfile.h"

#include <opencv2/dnn.hpp>

#include <condition_variable>
#include <expected>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace mlwb::serve {

// Why a request could not run: the caller's fault (400) or the model's (500).
struct InferError {
    int status = 500;
    std::string message;
};

// An ONNX model loaded through OpenCV DNN. A cv::dnn::Net must not run on two
// threads at once, so the model keeps a pool of nets: one per worker thread, or
// a single one shared under a lock (pool size 1).
class Model {
public:
    ~Model();

    // Loads `path` into `netCount` nets; errors name the file and, when OpenCV
    // cannot import an operator, the operator.
    static std::expected<std::unique_ptr<Model>, std::string> load(const std::string &path,
                                                                   int netCount = 1);

    const Signature &signature() const { return m_signature; }
    double loadSeconds() const { return m_loadSeconds; }
    const std::string &path() const { return m_path; }

    // Runs the model; `inputs` are in signature order. Thread-safe.
    std::expected<std::vector<Tensor>, InferError> infer(const std::vector<Tensor> &inputs);

private:
    Model() = default;
    std::unique_ptr<cv::dnn::Net> acquire();
    void release(std::unique_ptr<cv::dnn::Net> net);

    std::string m_path;
    Signature m_signature;
    std::vector<std::string> m_outputNames;
    double m_loadSeconds = 0;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<cv::dnn::Net>> m_free;
};

// What an OpenCV ONNX import error says: the operator and node it failed on, and why.
struct ImportFailure {
    std::string op;   // "Gemm"; empty when the message names no operator
    std::string node; // the node's output name
    std::string reason;
    bool unsupported = false; // OpenCV does not implement the operator or attribute
};
ImportFailure describeImportFailure(const std::string &opencvMessage);

} // namespace mlwb::serve
