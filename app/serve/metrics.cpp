#include "metrics.h"
#include "json.h"
#include "protocol.h"

namespace mlwb::serve {

namespace {

void appendNumber(std::string &out, double v) {
    appendJsonNumber(out, v);
}

} // namespace

Metrics::Metrics(double modelLoadSeconds)
    : m_modelLoadSeconds(modelLoadSeconds) {}

void Metrics::countRequest(const std::string &protocol, int status) {
    std::lock_guard lock(m_mutex);
    ++m_requests[{protocol, status}];
}

void Metrics::observeLatency(const std::string &protocol, double seconds) {
    std::lock_guard lock(m_mutex);
    Histogram &h = m_latency[protocol];
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i])
            ++h.counts[i];
    ++h.count;
    h.sum += seconds;
}

std::string Metrics::render() const {
    std::string out;
    out += "# HELP mlwb_requests_total Requests answered, by protocol and HTTP status.\n"
           "# TYPE mlwb_requests_total counter\n";
    std::lock_guard lock(m_mutex);
    for (const auto &[key, n] : m_requests)
        out += "mlwb_requests_total{protocol=\"" + key.first + "\",code=\"" +
               std::to_string(key.second) + "\"} " + std::to_string(n) + "\n";
    out += "# HELP mlwb_request_duration_seconds Time to answer a prediction request.\n"
           "# TYPE mlwb_request_duration_seconds histogram\n";
    for (const auto &[protocol, h] : m_latency) {
        const std::string label = "protocol=\"" + protocol + "\"";
        for (std::size_t i = 0; i < kBuckets.size(); ++i) {
            out += "mlwb_request_duration_seconds_bucket{" + label + ",le=\"";
            appendNumber(out, kBuckets[i]);
            out += "\"} " + std::to_string(h.counts[i]) + "\n";
        }
        out += "mlwb_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} " +
               std::to_string(h.count) + "\n";
        out += "mlwb_request_duration_seconds_sum{" + label + "} ";
        appendNumber(out, h.sum);
        out += "\nmlwb_request_duration_seconds_count{" + label + "} " + std::to_string(h.count) +
               "\n";
    }
    out += "# HELP mlwb_requests_in_flight Requests being answered now.\n"
           "# TYPE mlwb_requests_in_flight gauge\n"
           "mlwb_requests_in_flight " +
           std::to_string(m_inFlight.load()) + "\n";
    out += "# HELP mlwb_model_load_seconds Time to load the model.\n"
           "# TYPE mlwb_model_load_seconds gauge\n"
           "mlwb_model_load_seconds ";
    appendNumber(out, m_modelLoadSeconds);
    out += "\n# HELP mlwb_uptime_seconds Time since the server started.\n"
           "# TYPE mlwb_uptime_seconds gauge\n"
           "mlwb_uptime_seconds ";
    appendNumber(
        out, std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count());
    out += '\n';
    return out;
}

void SampleRing::add(const std::string &protocol, const std::vector<Tensor> &inputs) {
    if (m_capacity == 0)
        return;
    Sample s;
    s.time =
        std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
    s.protocol = protocol;
    s.inputs = inputs;
    std::lock_guard lock(m_mutex);
    s.seq = ++m_total;
    if (m_samples.size() == m_capacity)
        m_samples.pop_front();
    m_samples.push_back(std::move(s));
}

std::string SampleRing::json(std::size_t limit) const {
    // Large tensors are cut so a page of samples stays small.
    constexpr std::size_t kMaxValues = 4096;
    std::lock_guard lock(m_mutex);
    std::string out = "{\"capacity\":" + std::to_string(m_capacity) +
                      ",\"total\":" + std::to_string(m_total) + ",\"samples\":[";
    const std::size_t n = std::min(limit, m_samples.size());
    for (std::size_t i = m_samples.size() - n; i < m_samples.size(); ++i) {
        const Sample &s = m_samples[i];
        if (i != m_samples.size() - n)
            out += ',';
        out += "{\"seq\":" + std::to_string(s.seq) + ",\"time\":";
        appendJsonNumber(out, s.time);
        out += ",\"protocol\":";
        appendJsonString(out, s.protocol);
        out += ",\"inputs\":{";
        for (std::size_t k = 0; k < s.inputs.size(); ++k) {
            if (k)
                out += ',';
            appendJsonString(out, s.inputs[k].name);
            out += ':';
            appendTensorJson(out, s.inputs[k], kMaxValues);
        }
        out += "}}";
    }
    out += "]}";
    return out;
}

} // namespace mlwb::serve
