#!/usr/bin/env python3
"""Checks that pandas reads an exported CSV without options, as the exporter promises.

usage: check_export.py table.csv expected.json

expected.json: {"columns": [{"header": "final_rf [MHz]", "type": "Double", "values": [0.05, null, ...]}, ...]}
(the table as the exporter holds it; non-finite doubles as the strings "NaN", "inf", "-inf").

pandas.read_csv(path) must give the same headers in order, one row per value, and per column the dtype pandas infers
for such values (Int64 -> int64, or float64 when a value is missing; Double -> float64; Boolean -> bool, or object
when a value is missing; String -> object, or float64 when all are missing) and the same values — doubles within
1 ulp, since pandas' default float parser is not correctly rounded; read with float_precision="round_trip" they
must be exact. Exit code 0 when everything matches; otherwise 1 and one line per mismatch.
"""
import json
import math
import sys

import pandas as pd


def expected_dtype(column):
    kind = column["type"]
    values = column["values"]
    missing = any(v is None for v in values)
    if kind == "Int64":
        return "float64" if missing else "int64"
    if kind == "Double":
        return "float64"
    if kind == "Boolean":
        return "object" if missing else "bool"
    if kind == "String":
        return "float64" if values and all(v is None for v in values) else "object"
    raise ValueError("unknown column type " + kind)


def same(expected, actual, ulps):
    """ulps: how far a float may be off; pandas' default parser is not correctly rounded (1 ulp), round_trip is (0)."""
    if expected is None or (isinstance(expected, float) and math.isnan(expected)):
        return actual is None or (isinstance(actual, float) and math.isnan(actual))
    if isinstance(expected, bool):
        return isinstance(actual, bool) and actual == expected
    if isinstance(expected, (int, float)):
        if actual is None:
            return False
        if math.isinf(expected):
            return float(actual) == expected
        return abs(float(actual) - float(expected)) <= ulps * math.ulp(float(expected))
    return actual == expected


def compare(df, expected, ulps, problems, label):
    headers = [c["header"] for c in expected]
    if list(df.columns) != headers:
        problems.append(f"{label}: columns {list(df.columns)} != expected {headers}")
    for column in expected:
        header = column["header"]
        if header not in df.columns:
            continue
        dtype = str(df[header].dtype)
        if dtype != expected_dtype(column):
            problems.append(f"{label}: {header}: dtype {dtype}, expected {expected_dtype(column)}")
        actual = [None if (isinstance(v, float) and math.isnan(v)) else (v.item() if hasattr(v, "item") else v) for v in df[header]]
        if len(actual) != len(column["values"]):
            problems.append(f"{label}: {header}: {len(actual)} rows, expected {len(column['values'])}")
            continue
        values = [float(v) if column["type"] == "Double" and isinstance(v, str) else v for v in column["values"]]
        for row, (e, a) in enumerate(zip(values, actual)):
            if not same(e, a, ulps):
                problems.append(f"{label}: {header} row {row}: {a!r}, expected {e!r}")


def main(csv_path, expected_path):
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)["columns"]
    problems = []
    # Without options, as a user would: pandas' default float parser may be 1 ulp off the written shortest text.
    df = pd.read_csv(csv_path)
    compare(df, expected, 1, problems, "read_csv")
    # With Python's own float parser, the written text must give back exactly the doubles that were exported.
    compare(pd.read_csv(csv_path, float_precision="round_trip"), expected, 0, problems, "round_trip")
    for p in problems:
        print(p)
    print(f"pandas {pd.__version__}: {len(df)} rows x {len(df.columns)} columns, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
