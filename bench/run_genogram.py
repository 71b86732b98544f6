#!/usr/bin/env python
"""Genogram benchmark: validation, layout, SVG, text, PNG and PDF for families of 10, 50 and 200 people.

    .venv/bin/python bench/run_genogram.py [--repeat 5]

Builds fictional families generation by generation (each couple with two or three children, each child
with a partner from outside) up to the size asked, then times each step in-process (median of
``--repeat`` runs, CPU time) and prints the milliseconds and the ratio to the 10-person family. The
editor redraws the whole genogram after every change, so "parse + layout + SVG + text" is what one change
costs the server beyond its database queries. Compare ratios, not absolute figures: the machine is shared.

    .venv/bin/python bench/run_genogram.py --generated 1000

times instead the layout (and layout + SVG) of ``--generated`` families grown at random by the property
test's generator (tests/courses/exercises/genogram_generated.py: remarriages, partners shared across a
family and across generations; 2 to 61 people, then 200), and prints the slowest and the largest.
"""

import argparse
import os
import random
import statistics
import time

from django.utils import translation

import harness
import project
from genogram_family import family

SIZES = (10, 50, 200)


def timed(function, repeat):
    samples = []
    for _ in range(repeat):
        start = time.process_time()
        function()
        samples.append((time.process_time() - start) * 1000)
    return statistics.median(samples)


def generated(count):
    """Layout and layout + SVG of ``count`` generated families of 2–61 people and 20 of 200 (CPU ms)."""
    genogram = project.genogram
    samples = []
    sizes = [(seed, random.Random(seed).randrange(2, 62)) for seed in range(count)]
    sizes += [(count + seed, 200) for seed in range(20)]
    for seed, size in sizes:
        rng = random.Random(seed)
        if size != 200:
            rng.randrange(2, 62)
        parsed = genogram.parse(project.build_family(rng.randrange, size))
        start = time.process_time()
        drawn = genogram.layout(parsed)
        middle = time.process_time()
        genogram.render_svg(parsed, layout=drawn, full_description=False)
        end = time.process_time()
        samples.append(((middle - start) * 1000, (end - start) * 1000, size, len(parsed.couples), seed))
    for label, chosen in (("≤ 61 people", [s for s in samples if s[2] <= 61]), ("200 people", samples[-20:])):
        layouts = sorted(sample[0] for sample in chosen)
        print(
            f"{label:<12} {len(chosen):>5} families: layout median {statistics.median(layouts):.1f} ms, "
            f"max {layouts[-1]:.1f} ms; layout + SVG max {max(sample[1] for sample in chosen):.1f} ms"
        )
    print("slowest:", ", ".join(f"{s[2]} people/{s[3]} couples {s[0]:.0f} ms" for s in sorted(samples)[-3:]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--generated", type=int, default=0, help="time this many generated families instead")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    harness.setup_django()
    translation.activate("pl")
    genogram = project.genogram
    if args.generated:
        generated(args.generated)
        return
    steps = {
        "parse": lambda data, g: genogram.parse(data),
        "layout": lambda data, g: genogram.layout(g),
        "parse+layout+SVG+text": lambda data, g: (
            genogram.render_svg(genogram.parse(data), full_description=False),
            genogram.describe_sections(genogram.parse(data)),
        ),
        "PNG": lambda data, g: genogram.png_bytes(g),
        "PDF": lambda data, g: genogram.pdf_bytes(g),
    }
    results = {}
    for size in SIZES:
        data = family(size)
        parsed = genogram.parse(data)
        assert len(parsed.people) == size
        for name, step in steps.items():
            step(data, parsed)  # warm-up (fonts, imports)
            results[(name, size)] = timed(lambda step=step, data=data, parsed=parsed: step(data, parsed), args.repeat)
    print(f"{'step':<24}" + "".join(f"{size:>10} people" for size in SIZES) + "   ratio 200/10")
    for name in steps:
        row = "".join(f"{results[(name, size)]:>14.1f} ms" for size in SIZES)
        print(f"{name:<24}{row}   {results[(name, 200)] / max(results[(name, 10)], 0.01):>8.1f}×")


if __name__ == "__main__":
    main()
