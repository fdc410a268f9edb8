#!/usr/bin/python3
"""Builds the demo project's three ONNX versions of the "digits" classifier
(8x8 grey images, 10 classes) into resources/demo/models/.

Run: /usr/bin/python3 tools/make_demo_models.py   (Debian's python3-onnx, numpy)
Ops are limited to what OpenCV DNN 4.6 loads: Gemm, Relu, Conv, MaxPool,
Flatten, Softmax. Weights are seeded random numbers, so the output is the same
on every run.
"""
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "demo",
                   "models")
OPSET = 13


def weights(rng, name, shape):
    scale = np.sqrt(2.0 / np.prod(shape[1:] if len(shape) > 1 else shape))
    return numpy_helper.from_array((rng.standard_normal(shape) * scale).astype(np.float32), name)


def mlp(rng, hidden, version):
    nodes, inits = [], []
    prev, width = "pixels", 64
    for i, h in enumerate(hidden):
        inits += [weights(rng, f"fc{i}.weight", (h, width)),
                  numpy_helper.from_array(np.zeros(h, np.float32), f"fc{i}.bias")]
        nodes += [helper.make_node("Gemm", [prev, f"fc{i}.weight", f"fc{i}.bias"], [f"h{i}"],
                                   transB=1),
                  helper.make_node("Relu", [f"h{i}"], [f"a{i}"])]
        prev, width = f"a{i}", h
    inits += [weights(rng, "out.weight", (10, width)),
              numpy_helper.from_array(np.zeros(10, np.float32), "out.bias")]
    nodes += [helper.make_node("Gemm", [prev, "out.weight", "out.bias"], ["logits"], transB=1),
              helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1)]
    graph = helper.make_graph(
        nodes, f"digits_mlp_v{version}",
        [helper.make_tensor_value_info("pixels", TensorProto.FLOAT, ["batch", 64])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", 10])],
        inits)
    return graph


def cnn(rng, version):
    inits = [weights(rng, "conv.weight", (8, 1, 3, 3)),
             numpy_helper.from_array(np.zeros(8, np.float32), "conv.bias"),
             weights(rng, "out.weight", (10, 8 * 4 * 4)),
             numpy_helper.from_array(np.zeros(10, np.float32), "out.bias")]
    nodes = [
        helper.make_node("Conv", ["image", "conv.weight", "conv.bias"], ["c"],
                         kernel_shape=[3, 3], pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["c"], ["r"]),
        helper.make_node("MaxPool", ["r"], ["p"], kernel_shape=[2, 2], strides=[2, 2]),
        helper.make_node("Flatten", ["p"], ["f"], axis=1),
        helper.make_node("Gemm", ["f", "out.weight", "out.bias"], ["logits"], transB=1),
        helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1),
    ]
    return helper.make_graph(
        nodes, f"digits_cnn_v{version}",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["batch", 1, 8, 8])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", 10])],
        inits)


def save(graph, name):
    model = helper.make_model(graph, producer_name="mlwb-demo", producer_version="1",
                              opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    path = os.path.join(OUT, name)
    onnx.save(model, path)
    size = os.path.getsize(path)
    assert size < 50_000, (path, size)
    print(f"{path}: {size} bytes")


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(20240611)
    save(mlp(rng, [32], 1), "digits-mlp-v1.onnx")
    save(mlp(rng, [64, 32], 2), "digits-mlp-v2.onnx")
    save(cnn(rng, 3), "digits-cnn-v3.onnx")


if __name__ == "__main__":
    main()
