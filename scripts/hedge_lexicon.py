#!/usr/bin/env python3
"""Per-cue statistics behind src/lexicon/hedges.txt.

Reads the Szeged Uncertainty Corpus, Wikipedia part (Szarvas et al. 2012, CC BY-SA),
as prepared in ../shared/eval/hedges.wiki.train.jsonl, and prints, for every word that
is ever part of a marked cue, how often it is a cue among all its uses (the share a
lexicon entry for it would get right if it counted every time). With --context WORD it
splits that share by the word before and the word after, which is how the context
rules of hedges.txt were chosen ("could" 0.36 overall, 0.14 before "not").

Nothing is written: the lexicon is edited by hand from these numbers, and the corpus
stays out of the repository.

    python3 scripts/hedge_lexicon.py [--min 2] [--context WORD] [FILE]
"""
import argparse
import collections
import json
import re
import sys

WORD = re.compile(r"[A-Za-z']+")


def load(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def is_cue(cues, start, end):
    return any(a < end and start < b for a, b in cues)


def word_shares(rows, minimum):
    total, hits = collections.Counter(), collections.Counter()
    for r in rows:
        cues = r["labels"]["cues"]
        for m in WORD.finditer(r["text"]):
            w = m.group().lower()
            total[w] += 1
            hits[w] += is_cue(cues, m.start(), m.end())
    for w in sorted(hits, key=lambda w: (-hits[w], w)):
        if hits[w] >= minimum:
            print(f"{w:16} {hits[w]:4} / {total[w]:5} = {hits[w] / total[w]:.2f}")


def context_shares(rows, word):
    pattern = re.compile(r"(?i)\b" + re.escape(word) + r"\b")
    sides = {"before": (collections.Counter(), collections.Counter()), "after": (collections.Counter(), collections.Counter())}
    for r in rows:
        text, cues = r["text"], r["labels"]["cues"]
        for m in pattern.finditer(text):
            hit = is_cue(cues, m.start(), m.end())
            before = WORD.findall(text[: m.start()])
            after = WORD.findall(text[m.end():])
            for side, w in (("before", before[-1] if before else "<start>"), ("after", after[0] if after else "<end>")):
                total, hits = sides[side]
                total[w.lower()] += 1
                hits[w.lower()] += hit
    for side, (total, hits) in sides.items():
        print(f"word {side} {word!r}: cue share")
        for w, n in total.most_common(25):
            print(f"  {w:16} {hits[w]:4} / {n:4}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default="../shared/eval/hedges.wiki.train.jsonl")
    ap.add_argument("--min", type=int, default=2, help="least number of cue uses to list a word")
    ap.add_argument("--context", metavar="WORD", help="split WORD's cue share by its neighbours")
    args = ap.parse_args()
    try:
        rows = list(load(args.file))
    except FileNotFoundError:
        sys.exit(f"{args.file} is absent: the labelled data lives outside the repository")
    if args.context:
        context_shares(rows, args.context)
    else:
        word_shares(rows, args.min)


if __name__ == "__main__":
    main()
