# Runs SPARQL queries with rdflib (an independent engine) over a TriG file and
# prints each query's rows as JSON: {"file.rq": [[value or null, ...], ...]}.
# Usage: /usr/bin/python3 rdflib_query.py DATA.trig Q1.rq [Q2.rq ...]
import json
import sys

from rdflib import ConjunctiveGraph

graph = ConjunctiveGraph()
graph.parse(sys.argv[1], format="trig")
out = {}
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        result = graph.query(f.read())
    if result.type == "ASK":
        out[path] = bool(result.askAnswer)
        continue
    out[path] = [[None if v is None else str(v) for v in row] for row in result]
print(json.dumps(out))
