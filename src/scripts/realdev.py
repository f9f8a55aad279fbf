#!/usr/bin/env python3
"""Scores a Thresher model on the real-world development sets and on our own dev/test splits.

The real-world sets live outside the repository (by default in ../shared/realdev, beside the
checkout); they are third-party data, read here and never copied. Sets that are not present are
skipped. The page sets are scored with the set's own score.py; the sentence/fragment sets
(one item per line of a TSV) are classified one item at a time, each item taking the label that
covers most of its non-space characters.

Usage (from the repository root, after `mvn -q -DskipTests package`):
  python3 src/scripts/realdev.py [--model FILE] [--realdev DIR] [--jar JAR] [--threads N]
                                 [--splits dev,test] [--no-html] [--json OUT]
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

PAGE_SETS = [
    # (name, gold mapping passed to score.py, headline metric keys)
    ("news_pages4_dev", "", ("macro_f1", "CLAIM", "QUOTATION", "OPINION", "BOILERPLATE", "clean_f1")),
    ("web_pages_dev", "CLAIM=CONTENT,QUOTATION=CONTENT,OPINION=CONTENT", ("clean_f1", "clean_p", "clean_r", "BOILERPLATE")),
    ("news_quotes_dev", "CLAIM=OTHER,OPINION=OTHER,BOILERPLATE=OTHER", ("QUOTATION", "QUOTATION_P", "QUOTATION_R")),
]


def run_classify(args, inputs, out_path, jsonl_input=False):
    cmd = ["java", "-jar", args.jar, "classify", "--format", "jsonl", "--threads", str(args.threads)]
    if args.model:
        cmd += ["--model", args.model]
    if jsonl_input:
        cmd += ["--input-format", "jsonl"]
    cmd += inputs
    with open(out_path, "w", encoding="utf-8") as out:
        r = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit("classify failed (" + " ".join(cmd) + "): " + r.stderr.strip())
    if args.boilerplate_threshold is not None:
        apply_threshold(out_path, args.boilerplate_threshold)


def apply_threshold(path, threshold):
    """Relabels predictions as a CleaningPolicy with this BOILERPLATE threshold decides: BOILERPLATE
    from P(BOILERPLATE) >= threshold, else the most probable other label."""
    lines = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            scores = o["scores"]
            if scores["BOILERPLATE"] >= threshold:
                o["label"] = "BOILERPLATE"
            else:
                o["label"] = max((l for l in scores if l != "BOILERPLATE"), key=lambda l: scores[l])
            lines.append(json.dumps(o, ensure_ascii=False))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + ("\n" if lines else ""))


def run_clean_pages(args, folder, out_dir):
    """Cleans every web page in folder with the CLI and writes each page's clean text to
    out_dir/NAME.txt, NAME being the page's file name without .html."""
    cmd = ["java", "-jar", args.jar, "clean", "--format", "jsonl", "--threads", str(args.threads)]
    if args.model:
        cmd += ["--model", args.model]
    if args.boilerplate_threshold is not None:
        cmd += ["--boilerplate-threshold", str(args.boilerplate_threshold)]
    pages = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".html"))
    r = subprocess.run(cmd + pages, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("clean failed (" + " ".join(cmd) + " ...): " + r.stderr.strip())
    os.makedirs(out_dir, exist_ok=True)
    for line in r.stdout.splitlines():
        o = json.loads(line)
        name = os.path.basename(o["id"])[:-len(".html")]
        with open(os.path.join(out_dir, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(o["text"])


def html_sets(args, tmp, results, rows):
    """The web-page sets: pages cleaned from HTML, scored by the sets' own extraction scorers."""
    for name, scorer in (("html_pages_dev", "extract_score.py"), ("html_snippets_dev", "snippet_score.py")):
        d = os.path.join(args.realdev, name)
        if not os.path.isdir(d):
            continue
        out = os.path.join(tmp, name + ".clean")
        run_clean_pages(args, d, out)
        r = subprocess.run([sys.executable, os.path.join(args.realdev, scorer), d, out],
                           capture_output=True, text=True, check=True)
        if name == "html_pages_dev":
            g = re.search(r"micro P=([\d.]+) R=([\d.]+) F1=([\d.]+)", r.stdout)
            m = {"token_p": float(g.group(1)), "token_r": float(g.group(2)), "token_f1": float(g.group(3))}
            text = f"token_f1 {m['token_f1']:.3f}, token_p {m['token_p']:.3f}, token_r {m['token_r']:.3f}"
        else:
            g = re.search(r"precision=([\d.]+) recall=([\d.]+) F1=([\d.]+) accuracy=([\d.]+)", r.stdout)
            m = {"precision": float(g.group(1)), "recall": float(g.group(2)), "f1": float(g.group(3)),
                 "accuracy": float(g.group(4))}
            text = f"snippet_f1 {m['f1']:.3f}, precision {m['precision']:.3f}, recall {m['recall']:.3f}"
        results[name] = m
        rows.append((name, text))


def offset_map(raw):
    """Maps each UTF-16 offset of a document as Thresher read it to the code-point offset in the
    text score.py reads (Python text mode: code points, CRLF read as one LF, a byte-order mark
    kept as a character where Thresher drops it)."""
    m = []
    t = 0
    if raw.startswith("\ufeff"):
        raw = raw[1:]
        t = 1
    for i, ch in enumerate(raw):
        m.extend([t] * (2 if ord(ch) > 0xFFFF else 1))
        if ch == "\r" and i + 1 < len(raw) and raw[i + 1] == "\n":
            continue
        t += 1
    m.append(t)
    return m


def to_codepoints(pred_path, docs_dir, pages_as_text=False):
    """Rewrites classify's start/end (UTF-16 code units, Thresher's contract) as the code-point
    offsets score.py expects, so that it never has to fall back to finding a sentence by its text
    (which picks the first copy of a repeated line). Thresher's evaluate aligns the same way.
    With pages_as_text, predictions made from NAME.html get the id NAME.txt (the page's extracted
    text, which their offsets index) in the same pass."""
    maps = {}
    lines = []
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            if pages_as_text and str(o["id"]).endswith(".html"):
                o["id"] = str(o["id"])[:-len(".html")] + ".txt"
            d = os.path.basename(str(o["id"]))
            if d not in maps:
                with open(os.path.join(docs_dir, d), encoding="utf-8", newline="") as doc:
                    maps[d] = offset_map(doc.read())
            o["start"], o["end"] = maps[d][o["start"]], maps[d][o["end"]]
            lines.append(json.dumps(o, ensure_ascii=False))
    with open(pred_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + ("\n" if lines else ""))


def parse_score_output(text):
    m = {}
    for line in text.splitlines():
        f = re.match(r"^(\w+)\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+) support=(\d+)", line)
        if f:
            m[f.group(1)] = float(f.group(4))
            m[f.group(1) + "_P"] = float(f.group(2))
            m[f.group(1) + "_R"] = float(f.group(3))
        c = re.match(r"^clean_text_token P=([\d.]+) R=([\d.]+) F1=([\d.]+)", line)
        if c:
            m["clean_p"], m["clean_r"], m["clean_f1"] = (float(c.group(i)) for i in (1, 2, 3))
        a = re.match(r"^accuracy=([\d.]+) macro_f1=([\d.]+)", line)
        if a:
            m["accuracy"], m["macro_f1"] = float(a.group(1)), float(a.group(2))
    return m


def score_pages(args, scorer, gold, docs, pred, mapping):
    cmd = [sys.executable, scorer, "--gold", gold, "--docs", docs, "--pred", pred]
    if mapping:
        cmd += ["--map", mapping]
    r = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return parse_score_output(r.stdout)


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        return [dict(zip(header, line.rstrip("\n").split("\t"))) for line in f if line.strip()]


def item_labels(args, texts, tmp):
    """Classifies each text alone; returns its majority label by non-space characters."""
    src = os.path.join(tmp, "items.jsonl")
    with open(src, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": i, "text": t}) + "\n")
    pred = os.path.join(tmp, "items.pred.jsonl")
    run_classify(args, [src], pred, jsonl_input=True)
    votes = collections.defaultdict(collections.Counter)
    for line in open(pred, encoding="utf-8"):
        o = json.loads(line)
        weight = sum(1 for ch in o["text"] if not ch.isspace())
        votes[int(o["id"])][o["label"]] += weight
    return [votes[i].most_common(1)[0][0] if votes[i] else "CLAIM" for i in range(len(texts))]


def binary_scores(gold, pred, positive):
    tp = sum(1 for g, p in zip(gold, pred) if g == positive and p == positive)
    fp = sum(1 for g, p in zip(gold, pred) if g != positive and p == positive)
    fn = sum(1 for g, p in zip(gold, pred) if g == positive and p != positive)
    tn = len(gold) - tp - fp - fn

    def f1(a, b, c):
        return 2 * a / (2 * a + b + c) if a else 0.0
    return {"accuracy": (tp + tn) / max(len(gold), 1), positive: f1(tp, fp, fn), "rest": f1(tn, fn, fp),
            "macro_f1": (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2}


def own_split(args, split, tmp):
    """Our own split scored end to end with news_pages4's scorer (same alignment rule)."""
    folder = os.path.join(args.datasets, split)
    gold = os.path.join(tmp, split + ".gold.tsv")
    with open(gold, "w", encoding="utf-8") as out:
        out.write("doc\tlabel\tflag\ttext\n")
        for name in sorted(os.listdir(folder)):
            if name.endswith(".labels.tsv"):
                for row in read_tsv(os.path.join(folder, name)):
                    out.write(f"{name[:-len('.labels.tsv')]}.txt\t{row['label']}\t\t{row['text']}\n")
    # A document with a web page beside its text is classified from the page (its markup read too);
    # the page's extracted text is the .txt, so the predictions score against the .txt's gold.
    inputs = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            page = os.path.join(folder, name[:-len(".txt")] + ".html")
            inputs.append(page if os.path.isfile(page) else os.path.join(folder, name))
    pred = os.path.join(tmp, split + ".pred.jsonl")
    run_classify(args, inputs, pred)
    to_codepoints(pred, folder, pages_as_text=True)
    return score_pages(args, os.path.join(args.realdev, "score.py"), gold, folder, pred, "")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="model bundle (default: the jar's default model)")
    ap.add_argument("--jar", default=os.path.join(root, "target", "thresher.jar"))
    ap.add_argument("--boilerplate-threshold", type=float, default=None,
                    help="score labels as a cleaning policy with this BOILERPLATE threshold would clean")
    ap.add_argument("--realdev", default=os.path.join(os.path.dirname(root), "shared", "realdev"))
    ap.add_argument("--datasets", default=os.path.join(root, "datasets"))
    ap.add_argument("--splits", default="dev", help="own splits to score too, comma-separated ('' for none)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--html", action=argparse.BooleanOptionalAction, default=True,
                    help="also clean the web-page sets (html_pages_dev, html_snippets_dev) from HTML")
    ap.add_argument("--json", help="also write the figures as JSON to this file")
    args = ap.parse_args()
    if not os.path.isfile(args.jar):
        sys.exit(f"{args.jar}: not found; build it with mvn -q -DskipTests package")
    results = {}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        scorer = os.path.join(args.realdev, "score.py")
        for name, mapping, keys in PAGE_SETS:
            d = os.path.join(args.realdev, name)
            if not os.path.isdir(d):
                continue
            pred = os.path.join(tmp, name + ".jsonl")
            run_classify(args, [os.path.join(d, "docs")], pred)
            to_codepoints(pred, os.path.join(d, "docs"))
            m = score_pages(args, scorer, os.path.join(d, "gold.tsv"), os.path.join(d, "docs"), pred, mapping)
            results[name] = m
            rows.append((name, ", ".join(f"{k} {m.get(k, float('nan')):.3f}" for k in keys)))
        subj = os.path.join(args.realdev, "news_subjectivity_dev.tsv")
        if os.path.isfile(subj):
            items = read_tsv(subj)
            pred = item_labels(args, [r["text"] for r in items], tmp)
            m = binary_scores(["OPINION" if r["label"] == "OPINION" else "OBJ" for r in items],
                              ["OPINION" if p == "OPINION" else "OBJ" for p in pred], "OPINION")
            results["news_subjectivity_dev"] = m
            rows.append(("news_subjectivity_dev", f"macro_f1 {m['macro_f1']:.3f}, OPINION {m['OPINION']:.3f}, "
                                                  f"accuracy {m['accuracy']:.3f}"))
        snip = os.path.join(args.realdev, "web_boilerplate_snippets_dev.tsv")
        if os.path.isfile(snip):
            items = read_tsv(snip)
            pred = item_labels(args, [r["text"] for r in items], tmp)
            m = binary_scores([r["label"] for r in items],
                              ["BOILERPLATE" if p == "BOILERPLATE" else "CONTENT" for p in pred], "BOILERPLATE")
            results["web_boilerplate_snippets_dev"] = m
            rows.append(("web_boilerplate_snippets_dev", f"BOILERPLATE {m['BOILERPLATE']:.3f}, "
                                                         f"accuracy {m['accuracy']:.3f}"))
        if args.html:
            html_sets(args, tmp, results, rows)
        for split in [s for s in args.splits.split(",") if s]:
            if os.path.isfile(scorer):
                m = own_split(args, split, tmp)
                results["datasets/" + split] = m
                rows.append(("datasets/" + split, f"macro_f1 {m['macro_f1']:.3f}, accuracy {m['accuracy']:.3f}, "
                                                  f"CLAIM {m['CLAIM']:.3f}, QUOTATION {m['QUOTATION']:.3f}, "
                                                  f"OPINION {m['OPINION']:.3f}, BOILERPLATE {m['BOILERPLATE']:.3f}"))
    if not rows:
        sys.exit(f"no development sets found in {args.realdev}")
    width = max(len(r[0]) for r in rows)
    print(f"model: {args.model or 'default (in ' + args.jar + ')'}")
    for name, text in rows:
        print(f"{name.ljust(width)}  {text}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2, sort_keys=True)


if __name__ == "__main__":
    main()
