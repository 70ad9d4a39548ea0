# jansson failing inside a record: it may drop the member it could not store and go on, and calibrate counted the record under another schemaType (exit 0, a different report)
args: calibrate tests/data/usage/jansson-path.jsonl --pricing tests/data/usage/sheet.yaml
env: GAC_FAIL_ALLOC_IN=jansson:30
exit: 4
stdout-empty
stderr-has: failed in jansson
stderr-has: genaicost: tests/data/usage/jansson-path.jsonl:1:0: out of memory
