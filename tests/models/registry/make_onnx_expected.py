#!/usr/bin/python3
"""Writes onnx_expected.json: what Debian's python3-onnx reads from the ONNX
fixtures, for tst_onnxmodel to compare its own reader against.

Run: /usr/bin/python3 tests/models/registry/make_onnx_expected.py FIXTURES_ONNX_DIR
"""
import json
import math
import os
import sys

import onnx

NAMES = ["undefined", "float32", "uint8", "int8", "uint16", "int16", "int32", "int64",
         "string", "bool", "float16", "float64", "uint32", "uint64", "complex64",
         "complex128", "bfloat16", "float8e4m3fn", "float8e4m3fnuz", "float8e5m2",
         "float8e5m2fnuz", "uint4", "int4"]


def elem(t):
    return NAMES[t] if 0 <= t < len(NAMES) else "type<%d>" % t


def type_name(tp):
    kind = tp.WhichOneof("value")
    if kind == "tensor_type":
        return elem(tp.tensor_type.elem_type)
    if kind == "sparse_tensor_type":
        return "sparse<%s>" % elem(tp.sparse_tensor_type.elem_type)
    if kind == "sequence_type":
        inner = tp.sequence_type.elem_type
        return "sequence<%s>" % (type_name(inner) if inner.ByteSize() else "?")
    if kind == "optional_type":
        inner = tp.optional_type.elem_type
        return "optional<%s>" % (type_name(inner) if inner.ByteSize() else "?")
    if kind == "map_type":
        return "map<%s,%s>" % (elem(tp.map_type.key_type), type_name(tp.map_type.value_type))
    return "?"


def shape(tp):
    kind = tp.WhichOneof("value")
    t = tp.tensor_type if kind == "tensor_type" else (
        tp.sparse_tensor_type if kind == "sparse_tensor_type" else None)
    if t is None or not t.HasField("shape"):
        return None
    dims = []
    for d in t.shape.dim:
        if d.HasField("dim_value"):
            dims.append(d.dim_value)
        elif d.HasField("dim_param") and d.dim_param:
            dims.append(d.dim_param)
        else:
            dims.append("?")
    return dims


def tensors(values):
    return [{"name": v.name, "type": type_name(v.type), "shape": shape(v.type)} for v in values]


def describe(path):
    m = onnx.load(path, load_external_data=False)
    inits = {t.name for t in m.graph.initializer}
    inits |= {s.values.name for s in m.graph.sparse_initializer}
    params = sum(math.prod(t.dims) for t in m.graph.initializer)
    params += sum(math.prod(s.dims) for s in m.graph.sparse_initializer)
    opset = next((o.version for o in m.opset_import if o.domain in ("", "ai.onnx")), 0)
    return {
        "ir_version": m.ir_version,
        "opset": opset,
        "producer": {"name": m.producer_name, "version": m.producer_version},
        "parameters": params,
        "initializers": len(m.graph.initializer) + len(m.graph.sparse_initializer),
        "nodes": len(m.graph.node),
        "file_size": os.path.getsize(path),
        "inputs": tensors([i for i in m.graph.input if i.name not in inits]),
        "outputs": tensors(m.graph.output),
    }


def main():
    root = sys.argv[1]
    out = {}
    for dirpath, _, files in os.walk(root):
        for f in files:
            if f.endswith(".onnx"):
                full = os.path.join(dirpath, f)
                out[os.path.relpath(full, root)] = describe(full)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "onnx_expected.json"), "w") as fh:
        json.dump(out, fh, indent=1, sort_keys=True)
        fh.write("\n")


if __name__ == "__main__":
    main()
