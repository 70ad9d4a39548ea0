args: calibrate tests/data/usage/bad-not-json.jsonl
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/usage/bad-not-json.jsonl:2:
stderr-has: not an invocation-log record
