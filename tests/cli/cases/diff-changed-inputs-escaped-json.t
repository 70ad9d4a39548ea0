args: diff tests/data/ci/baseline-hostile-markup.json tests/data/ci/gate.yaml --format json
exit: 0
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); c={x['path']:(x['old'],x['new']) for x in d['changed_inputs']}; assert c['workloads.chat.model']==('<img src=x onerror=alert(1)> *m.big* ## merged','m.big'), c" "$OUT"
