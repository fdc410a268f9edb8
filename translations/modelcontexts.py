#!/usr/bin/env python3
"""Moves messages that lupdate filed under a non-QObject scope into the "mlwb" context.

Code outside QObject classes (all of models/, free functions in widgets/ and
app/) translates through a local helper that calls
QCoreApplication::translate("mlwb", text). lupdate cannot see through the helper
and files those strings under the enclosing class or namespace, e.g.
"mlwb::store::Database". This script, run right after lupdate, moves every
message whose context is not a Q_OBJECT/Q_GADGET class (or a context declared
with Q_DECLARE_TR_FUNCTIONS) into "mlwb", keeping existing translations, and
drops entries that no longer occur in the sources.

usage: modelcontexts.py TS_FILE SOURCE_DIR...
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

RUNTIME_CONTEXT = "mlwb"


def qobject_contexts(source_dirs):
    """Class names with Q_OBJECT/Q_GADGET, and Q_DECLARE_TR_FUNCTIONS contexts."""
    names = set()
    class_re = re.compile(r"\b(?:class|struct)\s+(?:\w+\s+)*?(\w+)\s*(?:final\s*)?(?::[^{;]*)?\{")
    declare_re = re.compile(r"Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)")
    for d in source_dirs:
        for path in pathlib.Path(d).rglob("*"):
            if path.suffix not in (".h", ".hpp", ".cpp"):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            names.update(declare_re.findall(text))
            for m in class_re.finditer(text):
                body = text[m.end(): m.end() + 400]
                if re.match(r"\s*(?:Q_OBJECT|Q_GADGET)\b", body):
                    names.add(m.group(1))
    return names


def is_qobject_context(name, qobjects):
    return name in qobjects or name.split("::")[-1] in qobjects


def message_key(msg):
    source = msg.findtext("source") or ""
    comment = msg.findtext("comment") or ""
    return source, comment


def is_gone(msg):
    tr = msg.find("translation")
    return tr is not None and tr.get("type") in ("vanished", "obsolete")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    ts_path = pathlib.Path(sys.argv[1])
    qobjects = qobject_contexts(sys.argv[2:])
    tree = ET.parse(ts_path)
    root = tree.getroot()

    target = None
    for ctx in root.findall("context"):
        if ctx.findtext("name") == RUNTIME_CONTEXT:
            target = ctx
    if target is None:
        target = ET.SubElement(root, "context")
        ET.SubElement(target, "name").text = RUNTIME_CONTEXT
    existing = {message_key(m): m for m in target.findall("message")}

    moved = 0
    for ctx in list(root.findall("context")):
        name = ctx.findtext("name") or ""
        if ctx is target or is_qobject_context(name, qobjects):
            continue
        for msg in ctx.findall("message"):
            if is_gone(msg):
                continue
            key = message_key(msg)
            old = existing.get(key)
            if old is None:
                target.append(msg)
                existing[key] = msg
            else:
                # Keep the translation, take the current locations.
                for loc in old.findall("location"):
                    old.remove(loc)
                for i, loc in enumerate(msg.findall("location")):
                    old.insert(i, loc)
                tr = old.find("translation")
                if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                    if (tr.text or "").strip() or len(tr):
                        del tr.attrib["type"]
                    else:
                        tr.set("type", "unfinished")
            moved += 1
        root.remove(ctx)

    # Like lupdate -no-obsolete, once the moves are done.
    for ctx in list(root.findall("context")):
        for msg in ctx.findall("message"):
            if is_gone(msg):
                ctx.remove(msg)
        if not ctx.findall("message"):
            root.remove(ctx)

    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")
    unfinished = sum(1 for t in root.iter("translation") if t.get("type") == "unfinished")
    print(f"{ts_path.name}: moved {moved} messages to context \"{RUNTIME_CONTEXT}\"; "
          f"{unfinished} unfinished")


if __name__ == "__main__":
    main()
