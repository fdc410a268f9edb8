#include "server.h"
#include "protocol.h"

#include <httplib.h>

#include <chrono>
#include <functional>

namespace mlwb::serve {

namespace {

constexpr const char *kJson = "application/json";

void reply(httplib::Response &res, int status, std::string body) {
    res.status = status;
    res.set_content(std::move(body), kJson);
}

void replyError(httplib::Response &res, int status, const std::string &message) {
    reply(res, status, errorBody(message));
}

} // namespace

Server::Server(Model &model, ServerOptions options)
    : m_model(model)
    , m_options(std::move(options))
    , m_metrics(model.loadSeconds())
    , m_samples(m_options.samples)
    , m_http(std::make_unique<httplib::Server>()) {
    const int threads = std::max(1, m_options.threads);
    m_http->new_task_queue = [threads] { return new httplib::ThreadPool(std::size_t(threads)); };
    m_http->set_payload_max_length(m_options.maxBody);
    m_http->set_keep_alive_max_count(100000);
    // An idle keep-alive connection holds a worker; free it soon for other clients.
    m_http->set_keep_alive_timeout(2);
    m_http->set_tcp_nodelay(true);
    routes();
}

Server::~Server() = default;

std::string Server::protocolOf(const std::string &path) const {
    if (path.starts_with("/v1/"))
        return "v1";
    if (path == "/v2" || path.starts_with("/v2/"))
        return "v2";
    if (path == "/invocations" || path == "/ping" || path == "/health")
        return "mlflow";
    if (path == "/metrics")
        return "metrics";
    return "other";
}

int Server::bind() {
    if (m_options.port == 0)
        return m_http->bind_to_any_port(m_options.host);
    return m_http->bind_to_port(m_options.host, m_options.port) ? m_options.port : -1;
}

bool Server::listen() {
    return m_http->listen_after_bind();
}

void Server::stop() {
    m_http->stop();
}

void Server::routes() {
    httplib::Server &http = *m_http;
    // Every answer is counted before it is written, so a scrape right after a
    // response already includes it.
    auto counted = [this](const std::string &pattern, httplib::Server::Handler handler) {
        return [this, protocol = protocolOf(pattern), handler](const httplib::Request &req,
                                                               httplib::Response &res) {
            handler(req, res);
            m_metrics.countRequest(protocol, res.status);
        };
    };
    auto get = [&](const std::string &pattern, httplib::Server::Handler handler) {
        http.Get(pattern, counted(pattern, std::move(handler)));
    };
    auto post = [&](const std::string &pattern, httplib::Server::Handler handler) {
        http.Post(pattern, counted(pattern, std::move(handler)));
    };
    const std::string &name = m_options.name;
    const std::string &version = m_options.version;

    // One path for every prediction protocol: parse, check, run, answer.
    using Parser = Inputs (*)(const Json &, const Signature &);
    using Writer = std::function<std::string(const std::vector<Tensor> &)>;
    auto predict = [this](const std::string &protocol, Parser parse, Writer write) {
        return [this, protocol, parse, write](const httplib::Request &req, httplib::Response &res) {
            const auto started = std::chrono::steady_clock::now();
            m_metrics.enter();
            auto json = parseJson(req.body);
            if (!json) {
                replyError(res, 400, "body is not valid JSON: " + json.error());
            } else if (auto inputs = parse(*json, m_model.signature()); !inputs) {
                replyError(res, 400, inputs.error());
            } else if (auto outputs = m_model.infer(*inputs); !outputs) {
                replyError(res, outputs.error().status, outputs.error().message);
            } else {
                reply(res, 200, write(*outputs));
                m_samples.add(protocol, *inputs);
            }
            m_metrics.leave();
            m_metrics.observeLatency(
                protocol,
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
        };
    };

    // Routes under /v2/models/{name}: the name (and version, if given) must match.
    auto knownModel = [name, version](const httplib::Request &req, httplib::Response &res) {
        if (req.matches[1] != name) {
            replyError(res, 404,
                       "model \"" + req.matches[1].str() + "\" is not served here; this " +
                           "server serves \"" + name + "\"");
            return false;
        }
        if (req.matches.size() > 2 && req.matches[2].matched && req.matches[2] != version) {
            replyError(res, 404,
                       "version \"" + req.matches[2].str() + "\" of model \"" + name +
                           "\" is not served here; this server serves version \"" + version + "\"");
            return false;
        }
        return true;
    };

    const std::string health =
        "{\"status\":\"ok\",\"model\":\"" + name + "\",\"version\":\"" + version + "\"}";
    get("/v1/health",
        [health](const httplib::Request &, httplib::Response &res) { reply(res, 200, health); });
    get("/health",
        [health](const httplib::Request &, httplib::Response &res) { reply(res, 200, health); });
    get("/ping", [](const httplib::Request &, httplib::Response &res) {
        res.set_content("\n", "text/plain");
    });
    post("/v1/predict", predict("v1", parseV1Request, [name, version](const auto &outputs) {
             return v1Response(outputs, name, version);
         }));
    get("/v1/samples", [this](const httplib::Request &req, httplib::Response &res) {
        std::size_t limit = SIZE_MAX;
        if (req.has_param("limit")) {
            try {
                limit = std::stoul(req.get_param_value("limit"));
            } catch (const std::exception &) {
                replyError(res, 400, "limit: expected a number of samples");
                return;
            }
        }
        reply(res, 200, m_samples.json(limit));
    });

    get("/v2", [](const httplib::Request &, httplib::Response &res) {
        reply(res, 200, R"({"name":"mlwb-serve","version":"0.1.0","extensions":[]})");
    });
    get("/v2/health/live", [](const httplib::Request &, httplib::Response &res) {
        reply(res, 200, R"({"live":true})");
    });
    get("/v2/health/ready", [](const httplib::Request &, httplib::Response &res) {
        reply(res, 200, R"({"ready":true})");
    });
    auto metadata = [this, knownModel, name, version](const httplib::Request &req,
                                                      httplib::Response &res) {
        if (knownModel(req, res))
            reply(res, 200, v2Metadata(m_model.signature(), name, version));
    };
    get(R"(/v2/models/([^/]+))", metadata);
    get(R"(/v2/models/([^/]+)/versions/([^/]+))", metadata);
    auto ready = [knownModel, name](const httplib::Request &req, httplib::Response &res) {
        if (knownModel(req, res))
            reply(res, 200, "{\"name\":\"" + name + "\",\"ready\":true}");
    };
    get(R"(/v2/models/([^/]+)/ready)", ready);
    get(R"(/v2/models/([^/]+)/versions/([^/]+)/ready)", ready);
    auto infer = predict("v2", parseV2Request, [name, version](const auto &outputs) {
        return v2Response(outputs, name, version);
    });
    auto inferChecked = [knownModel, infer](const httplib::Request &req, httplib::Response &res) {
        if (knownModel(req, res))
            infer(req, res);
    };
    post(R"(/v2/models/([^/]+)/infer)", inferChecked);
    post(R"(/v2/models/([^/]+)/versions/([^/]+)/infer)", inferChecked);

    auto invocations = predict("mlflow", parseMlflowRequest, mlflowResponse);
    post("/invocations", [invocations](const httplib::Request &req, httplib::Response &res) {
        const std::string type = req.get_header_value("Content-Type");
        if (!type.empty() && !type.starts_with(kJson)) {
            replyError(res, 415,
                       "Content-Type: expected application/json, got " + type +
                           " (this server takes MLflow's JSON formats only)");
            return;
        }
        invocations(req, res);
    });

    get("/metrics", [this](const httplib::Request &, httplib::Response &res) {
        res.set_content(m_metrics.render(), "text/plain; version=0.0.4");
    });

    // Answers that no route handler wrote: unknown paths, too large or unreadable bodies.
    http.set_error_handler([this](const httplib::Request &req, httplib::Response &res) {
        if (!res.body.empty())
            return;
        m_metrics.countRequest(protocolOf(req.path), res.status);
        if (res.status == 413)
            replyError(res, 413, "body: larger than the server's limit (see --max-body)");
        else if (res.status == 404)
            replyError(res, 404, "no route for " + req.method + " " + req.path);
        else if (res.status == 405)
            replyError(res, 405, "method " + req.method + " is not allowed on " + req.path);
        else
            replyError(res, res.status,
                       "request failed with HTTP status " + std::to_string(res.status));
    });
    http.set_exception_handler(
        [](const httplib::Request &, httplib::Response &res, std::exception_ptr ep) {
            std::string what = "unknown error";
            try {
                std::rethrow_exception(ep);
            } catch (const std::exception &e) {
                what = e.what();
            } catch (...) {
            }
            replyError(res, 500, "internal error: " + what);
        });
}

} // namespace mlwb::serve
