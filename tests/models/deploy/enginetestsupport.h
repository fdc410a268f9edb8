#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <QTest>

#include <httplib.h>

// Fixtures of the deploy tests: the real mlwb-serve, a small ONNX model and
// plain HTTP to the endpoints they start.
namespace mlwb::deploytest {

inline QString serveBinary() {
    return QStringLiteral(MLWB_SERVE_BINARY);
}

// Sigmoid over a [3,4,5] float tensor named x → y.
inline QString sigmoidModel() {
    return QStringLiteral(MLWB_FIXTURES
                          "/onnx/onnx/onnx/backend/test/data/node/test_sigmoid/model.onnx");
}

struct HttpReply {
    int status = 0;
    QByteArray body;
};

inline HttpReply httpGet(int port, const char *path) {
    httplib::Client cli("127.0.0.1", port);
    cli.set_read_timeout(10, 0);
    auto res = cli.Get(path);
    return res ? HttpReply{res->status, QByteArray::fromStdString(res->body)} : HttpReply{};
}

inline HttpReply httpPost(int port, const char *path, const QByteArray &json) {
    httplib::Client cli("127.0.0.1", port);
    cli.set_read_timeout(10, 0);
    auto res = cli.Post(path, json.toStdString(), "application/json");
    return res ? HttpReply{res->status, QByteArray::fromStdString(res->body)} : HttpReply{};
}

// An Open Inference Protocol v2 request of 60 zeros for the sigmoid model.
inline QByteArray sigmoidInferBody() {
    QByteArray data = "0";
    for (int i = 1; i < 60; ++i)
        data += ",0";
    return R"({"inputs":[{"name":"x","shape":[3,4,5],"datatype":"FP32","data":[)" + data + "]}]}";
}

} // namespace mlwb::deploytest
