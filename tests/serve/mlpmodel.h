#pragma once

// A small multi-layer perceptron written as an ONNX file in code, with weights
// that a test can recompute: y = relu(x W1 + b1) W2 + b2, x of shape [batch, in].
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "../models/onnx/protobuilder.h"

namespace mlwb::serve::testing {

using onnx::testing::bytesField;
using onnx::testing::varintField;

struct Mlp {
    int in = 4;
    int hidden = 16;
    int out = 3;

    float w1(int i, int j) const { return std::sin(0.3f * float(i * hidden + j)); }
    float b1(int j) const { return 0.05f * float(j % 5) - 0.1f; }
    float w2(int j, int k) const { return std::cos(0.7f * float(j * out + k)); }
    float b2(int k) const { return 0.2f * float(k); }

    // The model's answer for `rows` rows of `in` values, computed directly.
    std::vector<float> reference(const std::vector<float> &x, int rows) const {
        std::vector<float> y(static_cast<std::size_t>(rows * out));
        for (int r = 0; r < rows; ++r) {
            std::vector<float> h(static_cast<std::size_t>(hidden));
            for (int j = 0; j < hidden; ++j) {
                float s = b1(j);
                for (int i = 0; i < in; ++i)
                    s += x[std::size_t(r * in + i)] * w1(i, j);
                h[std::size_t(j)] = s > 0 ? s : 0;
            }
            for (int k = 0; k < out; ++k) {
                float s = b2(k);
                for (int j = 0; j < hidden; ++j)
                    s += h[std::size_t(j)] * w2(j, k);
                y[std::size_t(r * out + k)] = s;
            }
        }
        return y;
    }

    std::string onnx() const {
        std::vector<float> W1, B1, W2, B2;
        for (int i = 0; i < in; ++i)
            for (int j = 0; j < hidden; ++j)
                W1.push_back(w1(i, j));
        for (int j = 0; j < hidden; ++j)
            B1.push_back(b1(j));
        for (int j = 0; j < hidden; ++j)
            for (int k = 0; k < out; ++k)
                W2.push_back(w2(j, k));
        for (int k = 0; k < out; ++k)
            B2.push_back(b2(k));

        std::string graph;
        graph += node("MatMul", {"x", "W1"}, "h0");
        graph += node("Add", {"h0", "B1"}, "h1");
        graph += node("Relu", {"h1"}, "h2");
        graph += node("MatMul", {"h2", "W2"}, "y0");
        graph += node("Add", {"y0", "B2"}, "y");
        graph += bytesField(2, "mlp");
        graph += bytesField(5, tensor("W1", {in, hidden}, W1));
        graph += bytesField(5, tensor("B1", {hidden}, B1));
        graph += bytesField(5, tensor("W2", {hidden, out}, W2));
        graph += bytesField(5, tensor("B2", {out}, B2));
        graph += bytesField(11, valueInfo("x", in));
        graph += bytesField(12, valueInfo("y", out));

        std::string model;
        model += varintField(1, 7); // ir_version
        model += bytesField(2, "mlwb-test");
        model += bytesField(7, graph);
        model += bytesField(8, varintField(2, 13)); // opset_import { version: 13 }
        return model;
    }

private:
    static std::string node(const std::string &op, const std::vector<std::string> &inputs,
                            const std::string &output) {
        std::string n;
        for (const std::string &i : inputs)
            n += bytesField(1, i);
        n += bytesField(2, output);
        n += bytesField(3, output + "_node");
        n += bytesField(4, op);
        return bytesField(1, n);
    }
    static std::string tensor(const std::string &name, const std::vector<int> &dims,
                              const std::vector<float> &values) {
        std::string t;
        for (const int d : dims)
            t += varintField(1, std::uint64_t(d));
        t += varintField(2, 1); // FLOAT
        t += bytesField(8, name);
        std::string raw(values.size() * sizeof(float), '\0');
        std::memcpy(raw.data(), values.data(), raw.size());
        t += bytesField(9, raw);
        return t;
    }
    // A float tensor of shape ["batch", width].
    static std::string valueInfo(const std::string &name, int width) {
        const std::string shape =
            bytesField(1, bytesField(2, "batch")) + bytesField(1, varintField(1, width));
        const std::string tensorType = varintField(1, 1) + bytesField(2, shape);
        return bytesField(1, name) + bytesField(2, bytesField(1, tensorType));
    }
};

} // namespace mlwb::serve::testing
