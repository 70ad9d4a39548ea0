#!/usr/bin/env python3
"""Validate genaicost JSON documents against lib/schema/report.schema.json.

usage: validate_json.py [--all-kinds] [--quiet] SCHEMA FILE...

Each FILE must hold one JSON object tagged "genaicost": "KIND/N" that the
schema (JSON Schema draft 2020-12) accepts.  Prints one line per violation,
FILE: /json/pointer: message, and a summary; exits 1 if any FILE is
invalid.  With --all-kinds it also fails unless every kind the schema
lists was seen at least once, so a kind cannot go untested.
Exit 2: usage, or the schema itself is broken.
"""
import json
import sys

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError
except ImportError:
    sys.stderr.write("validate_json.py: the python module jsonschema is missing "
                     "(Debian: apt-get install python3-jsonschema)\n")
    sys.exit(2)


def pointer(path):
    """RFC 6901 JSON pointer of a jsonschema error path."""
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in path]
    return "/" + "/".join(parts) if parts else "/"


def refuse(word):
    """json.load takes NaN and Infinity; JSON has no such numbers."""
    raise ValueError(f"{word} is not a JSON number (an unknown figure is null)")


def leaves(error):
    """The most specific errors under a combinator's error (anyOf, oneOf)."""
    if not error.context:
        yield error
        return
    for sub in error.context:
        yield from leaves(sub)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    flags = {a for a in argv if a.startswith("--")}
    unknown = flags - {"--all-kinds", "--quiet"}
    if unknown or len(args) < 1:
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    schema_file, files = args[0], args[1:]
    try:
        with open(schema_file, encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, SchemaError) as e:
        sys.stderr.write(f"{schema_file}: not a usable JSON Schema: {e}\n")
        return 2
    validator = Draft202012Validator(schema)
    kinds = schema.get("$defs", {}).get("tag", {}).get("enum", [])
    seen = {}
    bad = 0
    for name in files:
        problems = []
        try:
            with open(name, encoding="utf-8") as f:
                doc = json.load(f, parse_constant=refuse)
        except (OSError, ValueError) as e:
            problems.append(f"{name}: not JSON: {e}")
            doc = None
        if doc is not None:
            tag = doc.get("genaicost") if isinstance(doc, dict) else None
            if isinstance(tag, str):
                seen[tag] = seen.get(tag, 0) + 1
            for err in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
                for leaf in leaves(err):
                    msg = leaf.message
                    if len(msg) > 240:
                        msg = msg[:200] + " ... " + msg[-35:]
                    line = f"{name}: {pointer(leaf.absolute_path)}: {msg}"
                    if line not in problems:
                        problems.append(line)
        if problems:
            bad += 1
            for p in problems:
                print(p)
    missing = [k for k in kinds if k not in seen] if "--all-kinds" in flags else []
    for k in missing:
        print(f"json-schema: no document of kind {k} was validated: add a case with --format json")
    if "--quiet" not in flags or bad or missing:
        summary = ", ".join(f"{k} {seen[k]}" for k in sorted(seen))
        print(f"json-schema: {len(files) - bad} of {len(files)} documents valid ({summary})")
    return 1 if bad or missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
