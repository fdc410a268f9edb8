// mlwb-serve: serves one ONNX model over HTTP. See --help.
#include "model.h"
#include "server.h"

#include <opencv2/core/utils/logger.hpp>

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace {

constexpr std::string_view kUsage =
    R"(Usage: mlwb-serve --model FILE [options]

Serves an ONNX model over HTTP:
  POST /v1/predict                 {"inputs": {"NAME": {"shape": [..], "data": [..]}}}
                                   or a nested array for a single-input model
  POST /v2/models/NAME/infer       Open Inference Protocol v2 (KServe, Triton)
  GET  /v2/models/NAME             model metadata; GET /v2/health/live|ready
  POST /invocations                MLflow: inputs, instances, dataframe_split
  GET  /metrics                    Prometheus text format
  GET  /v1/samples[?limit=N]       recent inputs, for drift monitoring
  GET  /v1/health

Options:
  --model FILE       ONNX model to serve (required)
  --name NAME        model name in URLs and answers (default: file name)
  --version V        model version (default: 1)
  --host ADDR        address to bind (default: 127.0.0.1)
  --port N           port; 0 picks a free one (default: 8080)
  --threads N        HTTP worker threads; each open keep-alive connection holds
                     one for up to 2 s of idleness (default: 8)
  --nets N           model copies run in parallel; 1 shares one under a lock
                     (default: one per worker thread, at most one per core)
  --max-body BYTES   largest request body; larger ones get 413 (default: 16777216)
  --samples N        recent inputs kept for /v1/samples (default: 1000)
)";

struct Options {
    std::string model;
    mlwb::serve::ServerOptions server;
    std::optional<int> nets;
};

std::optional<long long> toNumber(std::string_view s) {
    long long v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || v < 0)
        return std::nullopt;
    return v;
}

// More nets than cores cannot run at once; each costs the model's memory.
int defaultNets(const Options &o) {
    const int cores = std::max(1, int(std::thread::hardware_concurrency()));
    return std::min(o.server.threads, cores);
}

// Returns the options, or an error message for the command line.
std::optional<Options> parseArgs(int argc, char **argv, std::string &error) {
    Options o;
    bool nameGiven = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            std::exit(0);
        }
        if (i + 1 >= argc) {
            error = std::string(arg) + ": missing value (see --help)";
            return std::nullopt;
        }
        const std::string_view value = argv[++i];
        auto number = [&](long long max) -> std::optional<long long> {
            auto n = toNumber(value);
            if (!n || *n > max)
                error = std::string(arg) + ": expected a number up to " + std::to_string(max) +
                        ", got \"" + std::string(value) + "\"";
            return n && *n <= max ? n : std::nullopt;
        };
        if (arg == "--model") {
            o.model = value;
        } else if (arg == "--name") {
            o.server.name = value;
            nameGiven = true;
        } else if (arg == "--version") {
            o.server.version = value;
        } else if (arg == "--host") {
            o.server.host = value;
        } else if (arg == "--port") {
            auto n = number(65535);
            if (!n)
                return std::nullopt;
            o.server.port = int(*n);
        } else if (arg == "--threads" || arg == "--nets") {
            auto n = number(1024);
            if (!n || *n == 0) {
                error = std::string(arg) + ": expected a number from 1 to 1024";
                return std::nullopt;
            }
            (arg == "--threads" ? o.server.threads : o.nets.emplace()) = int(*n);
        } else if (arg == "--max-body") {
            auto n = number(1ll << 40);
            if (!n)
                return std::nullopt;
            o.server.maxBody = std::size_t(*n);
        } else if (arg == "--samples") {
            auto n = number(1000000);
            if (!n)
                return std::nullopt;
            o.server.samples = std::size_t(*n);
        } else {
            error = "unknown option " + std::string(arg) + " (see --help)";
            return std::nullopt;
        }
    }
    if (o.model.empty()) {
        error = "--model FILE is required (see --help)";
        return std::nullopt;
    }
    if (!nameGiven)
        o.server.name = std::filesystem::path(o.model).stem().string();
    return o;
}

} // namespace

int main(int argc, char **argv) {
    // SIGTERM/SIGINT are taken by one thread through sigwait, so every other thread
    // (OpenCV's and the HTTP pool's) inherits a mask that blocks them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    signal(SIGPIPE, SIG_IGN);

    std::string error;
    auto options = parseArgs(argc, argv, error);
    if (!options) {
        std::cerr << "mlwb-serve: " << error << '\n';
        return 2;
    }

    // Load errors are reported once, below, not as OpenCV's log lines.
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
    auto model =
        mlwb::serve::Model::load(options->model, options->nets.value_or(defaultNets(*options)));
    if (!model) {
        std::cerr << "mlwb-serve: cannot load model: " << model.error() << '\n';
        return 1;
    }

    mlwb::serve::Server server(**model, options->server);
    const int port = server.bind();
    if (port <= 0) {
        std::cerr << "mlwb-serve: cannot listen on " << options->server.host << ':'
                  << options->server.port
                  << ": address in use or not available (choose another --port or --host)\n";
        return 1;
    }

    std::atomic<bool> stopping{false};
    std::thread signalThread([&] {
        int sig = 0;
        sigwait(&stopSignals, &sig);
        if (!stopping.exchange(true))
            std::cerr << "mlwb-serve: " << (sig == SIGINT ? "SIGINT" : "SIGTERM")
                      << ", finishing requests in flight\n";
        server.stop();
    });

    std::cerr << "mlwb-serve: model " << options->model << " loaded in " << (*model)->loadSeconds()
              << " s (" << (*model)->signature().inputs.size() << " inputs, "
              << (*model)->signature().outputs.size() << " outputs)\n";
    std::cout << "listening on http://" << options->server.host << ':' << port << std::endl;

    const bool ok = server.listen();
    if (!stopping.exchange(true))
        pthread_kill(signalThread.native_handle(), SIGTERM); // wake sigwait
    signalThread.join();
    return ok ? 0 : 1;
}
