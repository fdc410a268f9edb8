#include "model.h"

#include <chrono>
#include <regex>

namespace mlwb::serve {

namespace {

// The first line of an OpenCV message that says something: "error: (-2) ... in function".
std::string shortMessage(const cv::Exception &e) {
    std::string msg = e.err.empty() ? std::string(e.what()) : e.err;
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' '))
        msg.pop_back();
    return msg;
}

std::vector<int> matShape(const std::vector<std::int64_t> &shape) {
    std::vector<int> dims;
    for (const std::int64_t d : shape)
        dims.push_back(static_cast<int>(d));
    if (dims.empty())
        dims.push_back(1);
    return dims;
}

} // namespace

ImportFailure describeImportFailure(const std::string &message) {
    ImportFailure f;
    std::smatch m;
    static const std::regex kNode(R"re(Node \[([A-Za-z0-9_.]+)@[^\]]*\]:\(([^)]*)\))re");
    static const std::regex kLayerType(R"re(of type "([A-Za-z0-9_.]+)")re");
    if (std::regex_search(message, m, kNode)) {
        f.op = m[1].str();
        f.node = m[2].str();
        if (const auto bang = f.node.rfind('!'); bang != std::string::npos)
            f.node = f.node.substr(bang + 1); // "onnx_node_output_0!y" -> "y"
    } else if (std::regex_search(message, m, kLayerType)) {
        f.op = m[1].str();
    }
    // The innermost "error: (-N:Kind) reason in function 'f'".
    static const std::regex kReason(
        R"re(error: \((-?\d+):[^)]*\) ([^\n]*?)(?: in function '[^']*')?(?:\n|$))re");
    std::string rest = message;
    while (std::regex_search(rest, m, kReason)) {
        f.reason = m[2].str();
        f.unsupported = m[1].str() == "-213" || f.reason.find("Can't create layer") == 0;
        rest = m.suffix().str();
    }
    if (f.reason.empty())
        f.reason = message;
    return f;
}

Model::~Model() = default;

std::expected<std::unique_ptr<Model>, std::string> Model::load(const std::string &path,
                                                               int netCount) {
    const auto started = std::chrono::steady_clock::now();
    auto bytes = readFile(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto signature = readSignature(*bytes);
    if (!signature)
        return std::unexpected(path + ": " + signature.error());

    std::unique_ptr<Model> model(new Model);
    model->m_path = path;
    model->m_signature = std::move(*signature);
    for (const TensorInfo &out : model->m_signature.outputs)
        model->m_outputNames.push_back(out.name);
    for (int i = 0; i < std::max(1, netCount); ++i) {
        auto net = std::make_unique<cv::dnn::Net>();
        try {
            *net = cv::dnn::readNetFromONNX(bytes->data(), bytes->size());
        } catch (const cv::Exception &e) {
            const ImportFailure f = describeImportFailure(shortMessage(e));
            if (f.op.empty())
                return std::unexpected(path + ": OpenCV DNN " + CV_VERSION +
                                       " cannot load the model: " + f.reason);
            return std::unexpected(
                path + ": OpenCV DNN " + CV_VERSION +
                (f.unsupported ? " does not support operator " : " cannot import operator ") +
                f.op + " (node \"" + f.node + "\"): " + f.reason);
        }
        if (net->empty())
            return std::unexpected(path + ": OpenCV DNN loaded an empty network");
        net->setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        net->setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
        model->m_free.push_back(std::move(net));
    }
    model->m_loadSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return model;
}

std::unique_ptr<cv::dnn::Net> Model::acquire() {
    std::unique_lock lock(m_mutex);
    m_available.wait(lock, [this] { return !m_free.empty(); });
    auto net = std::move(m_free.back());
    m_free.pop_back();
    return net;
}

void Model::release(std::unique_ptr<cv::dnn::Net> net) {
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(net));
    }
    m_available.notify_one();
}

std::expected<std::vector<Tensor>, InferError> Model::infer(const std::vector<Tensor> &inputs) {
    std::vector<cv::Mat> blobs;
    blobs.reserve(inputs.size());
    for (const Tensor &t : inputs) {
        const std::vector<int> dims = matShape(t.shape);
        cv::Mat m(static_cast<int>(dims.size()), dims.data(), CV_32F);
        auto *p = m.ptr<float>();
        for (std::size_t i = 0; i < t.data.size(); ++i)
            p[i] = static_cast<float>(t.data[i]);
        blobs.push_back(std::move(m));
    }

    std::vector<cv::Mat> outs;
    auto net = acquire();
    try {
        for (std::size_t i = 0; i < inputs.size(); ++i)
            net->setInput(blobs[i], inputs[i].name);
        if (m_outputNames.empty())
            outs.push_back(net->forward());
        else
            net->forward(outs, m_outputNames);
    } catch (const cv::Exception &e) {
        release(std::move(net));
        return std::unexpected(InferError{
            500, "OpenCV DNN could not run the model on this input: " + shortMessage(e)});
    } catch (const std::exception &e) {
        release(std::move(net));
        return std::unexpected(
            InferError{500, std::string("OpenCV DNN could not run the model: ") + e.what()});
    }
    release(std::move(net));

    std::vector<Tensor> result;
    for (std::size_t i = 0; i < outs.size(); ++i) {
        const cv::Mat &m = outs[i];
        Tensor t;
        const TensorInfo *info = i < m_signature.outputs.size() ? &m_signature.outputs[i] : nullptr;
        t.name = info ? info->name : "output" + std::to_string(i);
        t.type = info && info->type != ElementType::Undefined ? info->type : ElementType::Float;
        for (int d = 0; d < m.dims; ++d)
            t.shape.push_back(m.size[d]);
        // OpenCV keeps at least two dims; the signature knows the real rank.
        if (info && info->shapeKnown && info->shape.size() != t.shape.size()) {
            const bool fixed = std::ranges::none_of(info->shape, [](auto d) { return d < 0; });
            if (fixed && elementCount(info->shape) == std::int64_t(m.total()))
                t.shape = info->shape;
        }
        cv::Mat values;
        if (t.type == ElementType::Float16) {
            // OpenCV computes in FP32; answer with values an FP16 output can hold.
            cv::Mat half;
            m.convertTo(half, CV_16F);
            half.convertTo(values, CV_64F);
        } else {
            m.convertTo(values, CV_64F);
        }
        const auto *p = values.ptr<double>();
        t.data.assign(p, p + values.total());
        result.push_back(std::move(t));
    }
    return result;
}

} // namespace mlwb::serve
