// W9: serving latency (p50/p99 at a fixed 1k requests/s, open loop) and maximum
// throughput of mlwb-serve for a small MLP over each protocol, beside a bare
// cpp-httplib handler that does no inference (the limit). Prints report rows as
// JSON lines: figure, ours, peer, ratio, goal, verdict.
// Usage: bench_w9_serving   (MLWB_BENCH_W9_SECONDS: seconds per open-loop run, default 5)
#include "../serve/mlpmodel.h"

#include "json.h"
#include "model.h"
#include "server.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

using namespace mlwb::serve;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kServerThreads = 4;
constexpr int kConnections = 4;
constexpr double kRate = 1000; // requests per second, open loop
constexpr double kGoalP99Ms = 2.0;

struct Endpoint {
    std::string protocol;
    std::string path;
    std::string body;
};

struct Latencies {
    double p50 = 0;
    double p99 = 0;
    int errors = 0;
    std::size_t count = 0;
};

double percentile(std::vector<double> &v, double p) {
    if (v.empty())
        return 0;
    const auto k = std::size_t(p * double(v.size() - 1));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(k), v.end());
    return v[k];
}

std::unique_ptr<httplib::Client> client(int port) {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", port);
    c->set_keep_alive(true);
    c->set_tcp_nodelay(true);
    return c;
}

// Sends at fixed times (rate/connections per connection); latency counts from the
// scheduled send time, so a slow answer also delays what queued behind it.
Latencies openLoop(int port, const Endpoint &e, double seconds) {
    std::vector<std::vector<double>> perThread(kConnections);
    std::atomic<int> errors{0};
    const auto start = Clock::now() + std::chrono::milliseconds(50);
    const auto total = std::size_t(kRate * seconds);
    std::vector<std::thread> threads;
    for (int t = 0; t < kConnections; ++t) {
        threads.emplace_back([&, t] {
            auto c = client(port);
            c->Post(e.path, e.body, "application/json"); // connect before the clock runs
            for (std::size_t i = std::size_t(t); i < total; i += kConnections) {
                const auto due =
                    start + std::chrono::nanoseconds(std::int64_t(double(i) * 1e9 / kRate));
                std::this_thread::sleep_until(due);
                auto res = c->Post(e.path, e.body, "application/json");
                const double ms =
                    std::chrono::duration<double, std::milli>(Clock::now() - due).count();
                if (!res || res->status != 200)
                    ++errors;
                perThread[std::size_t(t)].push_back(ms);
            }
        });
    }
    for (auto &t : threads)
        t.join();
    std::vector<double> all;
    for (auto &v : perThread)
        all.insert(all.end(), v.begin(), v.end());
    Latencies l;
    l.count = all.size();
    l.errors = errors;
    l.p50 = percentile(all, 0.50);
    l.p99 = percentile(all, 0.99);
    return l;
}

// Requests per second with every connection sending back to back.
double closedLoop(int port, const Endpoint &e, double seconds) {
    std::atomic<long> done{0};
    const auto end = Clock::now() + std::chrono::duration<double>(seconds);
    std::vector<std::thread> threads;
    for (int t = 0; t < kConnections; ++t) {
        threads.emplace_back([&] {
            auto c = client(port);
            while (Clock::now() < end)
                if (auto res = c->Post(e.path, e.body, "application/json");
                    res && res->status == 200)
                    ++done;
        });
    }
    for (auto &t : threads)
        t.join();
    return double(done) / seconds;
}

// Joins pieces without operator+ chains (GCC 12 warns falsely on those at -O3).
std::string cat(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (const std::string_view p : parts)
        out.append(p);
    return out;
}

std::string fmt(const char *format, double a, double b = 0) {
    char buf[128];
    std::snprintf(buf, sizeof buf, format, a, b);
    return buf;
}

void row(const std::string &figure, const std::string &ours, const std::string &peer,
         const std::string &ratio, const std::string &goal, const std::string &verdict) {
    std::string out = "{";
    auto field = [&out](const char *key, const std::string &value, bool last = false) {
        appendJsonString(out, key);
        out += ':';
        appendJsonString(out, value);
        out += last ? "" : ",";
    };
    field("figure", figure);
    field("ours", ours);
    field("peer", peer);
    field("ratio", ratio);
    field("goal", goal);
    field("verdict", verdict, true);
    std::cout << out << "}" << std::endl;
}

struct ModelServer {
    std::unique_ptr<Model> model;
    std::unique_ptr<Server> server;
    std::thread thread;
    int port = 0;

    ModelServer(const std::string &path, int nets) {
        auto m = Model::load(path, nets);
        if (!m) {
            std::cerr << "bench_w9_serving: " << m.error() << '\n';
            std::exit(1);
        }
        model = std::move(*m);
        ServerOptions o;
        o.port = 0;
        o.threads = kServerThreads;
        o.name = "mlp";
        server = std::make_unique<Server>(*model, o);
        port = server->bind();
        thread = std::thread([this] { server->listen(); });
    }
    ~ModelServer() {
        server->stop();
        thread.join();
    }
};

} // namespace

int main() {
    const char *env = std::getenv("MLWB_BENCH_W9_SECONDS");
    const double seconds = env ? std::max(0.5, std::atof(env)) : 5.0;
    const double throughputSeconds = std::max(0.5, seconds / 2);

    const mlwb::serve::testing::Mlp mlp{8, 64, 3};
    const auto modelPath = std::filesystem::temp_directory_path() / "mlwb-bench-w9-mlp.onnx";
    {
        std::ofstream f(modelPath, std::ios::binary);
        f << mlp.onnx();
    }
    const std::string row8 = "[[0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8]]";
    const std::vector<Endpoint> endpoints = {
        {"v1", "/v1/predict", row8},
        {"v2", "/v2/models/mlp/infer",
         R"({"inputs":[{"name":"x","shape":[1,8],"datatype":"FP32","data":[0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8]}]})"},
        {"mlflow", "/invocations", "{\"inputs\":" + row8 + "}"},
    };

    // The limit: the same HTTP stack answering without parsing or inference.
    httplib::Server bare;
    bare.new_task_queue = [] { return new httplib::ThreadPool(kServerThreads); };
    bare.set_tcp_nodelay(true);
    bare.set_keep_alive_max_count(100000);
    bare.Post("/bare", [](const httplib::Request &, httplib::Response &res) {
        res.set_content(R"({"predictions":[[0,0,0]]})", "application/json");
    });
    const int barePort = bare.bind_to_any_port("127.0.0.1");
    std::thread bareThread([&bare] { bare.listen_after_bind(); });
    const Endpoint bareEndpoint{"bare", "/bare", endpoints[0].body};
    std::cerr << "  W9 bare cpp-httplib handler ..." << std::endl;
    const Latencies bareLatency = openLoop(barePort, bareEndpoint, seconds);
    const double bareRps = closedLoop(barePort, bareEndpoint, throughputSeconds);
    bare.stop();
    bareThread.join();

    double perWorkerRps = 0;
    {
        ModelServer s(modelPath.string(), kServerThreads);
        for (const Endpoint &e : endpoints) {
            std::cerr << "  W9 " << e.protocol << " ..." << std::endl;
            const Latencies l = openLoop(s.port, e, seconds);
            const double rps = closedLoop(s.port, e, throughputSeconds);
            if (e.protocol == "v2")
                perWorkerRps = rps;
            const std::string errors =
                l.errors ? cat({" (", std::to_string(l.errors), " errors)"}) : std::string();
            row(cat({"W9 ", e.protocol, " p50/p99 at 1k req/s (MLP 8-64-3)"}),
                cat({fmt("%.3f / %.3f ms", l.p50, l.p99), errors}),
                fmt("bare httplib %.3f / %.3f ms", bareLatency.p50, bareLatency.p99),
                fmt("x%.2f", bareLatency.p99 > 0 ? l.p99 / bareLatency.p99 : 0),
                fmt("p99 < %.0f ms", kGoalP99Ms),
                l.p99 < kGoalP99Ms && l.errors == 0 ? "ok" : "MISS");
            row(cat({"W9 ", e.protocol, " max throughput (", std::to_string(kConnections),
                     " connections)"}),
                fmt("%.0f req/s", rps), fmt("bare httplib %.0f req/s", bareRps),
                fmt("x%.2f", bareRps > 0 ? rps / bareRps : 0), "", "");
        }
    }
    {
        // OpenCV's Net is not thread-safe: one net per worker, or one shared under a lock.
        ModelServer s(modelPath.string(), 1);
        std::cerr << "  W9 v2 with one shared net ..." << std::endl;
        const Latencies l = openLoop(s.port, endpoints[1], seconds);
        const double rps = closedLoop(s.port, endpoints[1], throughputSeconds);
        row("W9 v2 one net per worker vs one shared net (throughput)",
            fmt("%.0f req/s", perWorkerRps), fmt("shared net %.0f req/s", rps),
            fmt("x%.2f", rps > 0 ? perWorkerRps / rps : 0), "", "");
        row("W9 v2 p50/p99 with one shared net", fmt("%.3f / %.3f ms", l.p50, l.p99), "", "", "",
            "");
    }
    std::filesystem::remove(modelPath);
    return 0;
}
