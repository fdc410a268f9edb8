#pragma once

#include "metrics.h"
#include "model.h"

#include <memory>
#include <string>

namespace httplib {
class Server;
}

namespace mlwb::serve {

struct ServerOptions {
    std::string name = "model";
    std::string version = "1";
    std::string host = "127.0.0.1";
    int port = 8080; // 0: any free port
    int threads = 4; // HTTP worker threads
    std::size_t maxBody = 16u << 20;
    std::size_t samples = 1000;
};

// The HTTP front of a loaded model: /v1 (own JSON), /v2 (Open Inference
// Protocol), /invocations (MLflow), /metrics (Prometheus).
class Server {
public:
    Server(Model &model, ServerOptions options);
    ~Server();

    // Binds the listening socket; returns the port, or -1 when the address is taken.
    int bind();
    // Serves until stop(); in-flight requests finish before it returns.
    bool listen();
    void stop();

private:
    void routes();
    std::string protocolOf(const std::string &path) const;

    Model &m_model;
    ServerOptions m_options;
    Metrics m_metrics;
    SampleRing m_samples;
    std::unique_ptr<httplib::Server> m_http;
};

} // namespace mlwb::serve
