#!/usr/bin/env python3
"""Convert annotated authoring files (.ann) into Thresher dataset pairs.

An .ann file is a header of '#key: value' lines, a line '---', then the document text in which
every gold sentence is preceded by a tag <<C>>, <<Q>>, <<O>> or <<B>> (CLAIM, QUOTATION,
OPINION, BOILERPLATE). The text between two tags, with surrounding whitespace removed, is one
gold sentence; the whitespace itself stays in the document. {NBSP} stands for U+00A0.
Header keys: split, genre, topic, site, crlf (yes/no). The id is the file name without .ann.

Usage: ann2pair.py [--check] --out DATASETS_DIR FILE.ann...
  --check  validate and print statistics, write nothing.
"""
import collections
import os
import re
import sys

TAG = re.compile(r"<<([CQOB])>>")
LABELS = {"C": "CLAIM", "Q": "QUOTATION", "O": "OPINION", "B": "BOILERPLATE"}
KEYS = ("split", "genre", "topic", "site")


def parse(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise ValueError(f"{path}: no '---' line after the header")
    meta = {}
    for line in head.splitlines():
        line = line.strip()
        if not line:
            continue
        if not line.startswith("#") or ":" not in line:
            raise ValueError(f"{path}: bad header line {line!r}")
        k, v = line[1:].split(":", 1)
        meta[k.strip().lower()] = v.strip()
    for k in KEYS:
        if not meta.get(k):
            raise ValueError(f"{path}: header lacks '#{k}:'")
    if meta["split"] not in ("train", "dev", "test"):
        raise ValueError(f"{path}: split must be train, dev or test")
    body = body.replace("{NBSP}", "\u00a0").rstrip("\n") + "\n"
    parts = TAG.split(body)
    if parts[0].strip():
        raise ValueError(f"{path}: text before the first tag: {parts[0].strip()[:60]!r}")
    text_pieces = [parts[0]]
    rows = []
    for i in range(1, len(parts), 2):
        label, seg = LABELS[parts[i]], parts[i + 1]
        sent = seg.strip(" \t\r\n\u00a0")
        if not sent:
            raise ValueError(f"{path}: empty sentence after tag #{i // 2 + 1}")
        if "\n" in sent or "\t" in sent:
            raise ValueError(f"{path}: sentence spans a line break or holds a tab "
                             f"(tag #{i // 2 + 1}): {sent[:70]!r}")
        if "<<" in sent or ">>" in sent:
            raise ValueError(f"{path}: malformed tag near {sent[:70]!r}")
        rows.append((label, sent))
        text_pieces.append(seg)
    text = "".join(text_pieces)
    if meta.get("crlf", "no").lower() in ("yes", "true", "1"):
        text = text.replace("\n", "\r\n")
    return meta, text, rows


def main(argv):
    check = "--check" in argv
    argv = [a for a in argv if a != "--check"]
    if "--out" not in argv:
        print(__doc__)
        return 2
    i = argv.index("--out")
    out = argv[i + 1]
    files = argv[:i] + argv[i + 2:]
    docs, errors = [], 0
    for p in files:
        try:
            meta, text, rows = parse(p)
            docs.append((os.path.basename(p)[:-4], meta, text, rows))
        except ValueError as e:
            print("ERROR", e)
            errors += 1
    seen = {}
    for doc_id, meta, _, rows in docs:
        for label, s in rows:
            if label != "BOILERPLATE" and len(s) > 25:
                if s in seen and seen[s] != doc_id:
                    print(f"ERROR duplicate content sentence in {doc_id} and {seen[s]}: {s[:70]!r}")
                    errors += 1
                seen.setdefault(s, doc_id)
    counts = collections.Counter(l for d in docs for l, _ in d[3])
    total = sum(counts.values())
    print(f"{len(docs)} documents, {total} sentences")
    for l in LABELS.values():
        print(f"  {l:12s} {counts[l]:6d} {100.0 * counts[l] / max(total, 1):5.1f}%")
    for key in ("split", "genre", "topic", "site"):
        c = collections.Counter(d[1][key] for d in docs)
        print(f"{key}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    if errors:
        print(f"{errors} error(s)")
        return 1
    if check:
        return 0
    index_path = os.path.join(out, "documents.tsv")
    index = {}
    if os.path.exists(index_path):
        with open(index_path, encoding="utf-8") as f:
            next(f)
            for line in f:
                cols = line.rstrip("\n").split("\t")
                index[cols[0]] = cols
    for doc_id, meta, text, rows in docs:
        d = os.path.join(out, meta["split"])
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, doc_id + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(os.path.join(d, doc_id + ".labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
            f.write("label\ttext\n")
            for label, s in rows:
                f.write(f"{label}\t{s}\n")
        index[doc_id] = [doc_id, meta["split"], meta["genre"], meta["topic"], meta["site"]]
    with open(index_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("id\tsplit\tgenre\ttopic\tsite\n")
        for doc_id in sorted(index):
            f.write("\t".join(index[doc_id]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
