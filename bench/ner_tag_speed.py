"""`ner-tag` speed of NER model directories in one process: tokens per CPU second on a valid split
repeated four times (model load timed apart), rounds alternating between the models.

    nice -n 19 .venv/bin/python bench/ner_tag_speed.py build/ner/corpus/nerp-valid.txt MODEL_DIR...
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from machine import machine  # noqa: E402

from pantau.nlp.ner import conll  # noqa: E402
from pantau.nlp.ner.tagging import load, tag_tokens  # noqa: E402


def main(valid, model_dirs, rounds=2):
    tokens = [t for t, _ in conll.read(valid)] * 4
    n = sum(map(len, tokens))
    print(f"# {machine()} · load average {os.getloadavg()[0]:.1f}")
    for model_dir in model_dirs:
        started = time.process_time()
        load(model_dir)
        print(f"{model_dir}: loaded in {time.process_time() - started:.1f} s CPU")
    for r in range(rounds):
        for model_dir in model_dirs:
            started = time.process_time()
            tag_tokens(load(model_dir), tokens)
            print(f"round {r + 1} {model_dir}: {n / (time.process_time() - started):,.0f} tokens per CPU second ({n:,} tokens)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
