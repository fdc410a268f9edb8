#pragma once

#include "onnxfile.h"

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace mlwb::serve {

// Request counters, latency histograms and gauges, rendered in the Prometheus
// text exposition format (version 0.0.4).
class Metrics {
public:
    static constexpr std::array<double, 14> kBuckets = {
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    explicit Metrics(double modelLoadSeconds);

    void countRequest(const std::string &protocol, int status);
    void observeLatency(const std::string &protocol, double seconds);
    void enter() { ++m_inFlight; }
    void leave() { --m_inFlight; }

    std::string render() const;

private:
    struct Histogram {
        std::array<std::uint64_t, kBuckets.size()> counts{};
        std::uint64_t count = 0;
        double sum = 0;
    };

    const double m_modelLoadSeconds;
    const std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
    std::atomic<int> m_inFlight{0};
    mutable std::mutex m_mutex;
    std::map<std::pair<std::string, int>, std::uint64_t> m_requests;
    std::map<std::string, Histogram> m_latency;
};

// The last N inputs the model was asked about, for drift monitoring.
class SampleRing {
public:
    explicit SampleRing(std::size_t capacity)
        : m_capacity(capacity) {}

    void add(const std::string &protocol, const std::vector<Tensor> &inputs);
    // {"capacity": N, "total": T, "samples": [{"seq", "time", "protocol", "inputs": {...}}]}
    std::string json(std::size_t limit) const;

private:
    struct Sample {
        std::uint64_t seq = 0;
        double time = 0; // seconds since the epoch
        std::string protocol;
        std::vector<Tensor> inputs;
    };

    std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::deque<Sample> m_samples;
    std::uint64_t m_total = 0;
};

} // namespace mlwb::serve
