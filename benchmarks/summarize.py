#!/usr/bin/env python3
"""Turns a JMH JSON result (-rf json) into the Markdown table of benchmarks/README.md.

For every benchmark the ratio is the throughput relative to the baseline of the same class with
the same parameters, measured in the same run: arraySum for the hot paths (time of arraySum /
time of the benchmark), commonsCsvSequential for CSV ingest. Allocation is gc.alloc.rate.norm
(bytes per operation) when the run used -prof gc.

usage: python3 benchmarks/summarize.py result.json
"""
import json
import sys

BASELINES = {"CsvIngestBenchmark": "commonsCsvSequential"}


def alloc(entry):
    for key, metric in entry.get("secondaryMetrics", {}).items():
        if key.lstrip("\u00b7") == "gc.alloc.rate.norm":
            return metric["score"]
    return None


def main(path):
    entries = json.load(open(path))
    by_key = {}
    for e in entries:
        cls, method = e["benchmark"].rsplit(".", 2)[-2:]
        params = tuple(sorted((e.get("params") or {}).items()))
        by_key[(cls, method, params)] = e
    print("| benchmark | params | time/op | error | points/s | ratio to baseline | alloc B/op |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for (cls, method, params), e in by_key.items():
        pm = e["primaryMetric"]
        base_name = BASELINES.get(cls, "arraySum")
        base = by_key.get((cls, base_name, params))
        ratio = ""
        if base is not None and pm["scoreUnit"] == base["primaryMetric"]["scoreUnit"]:
            ratio = "%.3f" % (base["primaryMetric"]["score"] / pm["score"])
        p = dict(params)
        points = int(p.get("size", 0)) or int(p.get("subgroups", 0)) * 5
        rate = ""
        unit = pm["scoreUnit"].split("/")[0]
        seconds = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}.get(unit)
        if points and seconds:
            rate = "%.3g" % (points / (pm["score"] * seconds))
        elif p.get("megabytes") and seconds:
            rate = "%.0f MB/s" % (int(p["megabytes"]) / (pm["score"] * seconds))
        a = alloc(e)
        a = "" if a is None else "%.0f" % a
        ps = ", ".join("%s=%s" % kv for kv in params)
        try:
            err = "%.2g" % float(pm["scoreError"])
        except (TypeError, ValueError):
            err = "n/a"
        if err == "nan":
            err = "n/a"
        print("| %s.%s | %s | %.4g %s | %s | %s | %s | %s |" % (cls, method, ps, pm["score"], pm["scoreUnit"], err,
                                                           rate, ratio, a))


if __name__ == "__main__":
    main(sys.argv[1])
