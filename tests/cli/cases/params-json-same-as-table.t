before: "$GENAICOST_BIN" params examples/rag-knowledge-base.yaml > "$GAC_TMP/params-table.txt"
args: params examples/rag-knowledge-base.yaml --format json
exit: 0
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); t=[l.split(' = ')[0] for l in open(sys.argv[2]).read().splitlines()]; assert [x['path'] for x in d['params']]==t, 'paths differ from the table'" "$OUT" "$GAC_TMP/params-table.txt"
