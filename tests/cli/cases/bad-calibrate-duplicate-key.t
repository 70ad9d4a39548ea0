args: calibrate tests/data/usage/bad-duplicate-key.jsonl
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/usage/bad-duplicate-key.jsonl:1:153: not an invocation-log record: duplicate object key near '"modelId"'
