args: validate --format json tests/data/bad/unknown-key.yaml tests/data/no-such.yaml
exit: 4
stdout-has: "genaicost": "validate/1"
stderr-has: genaicost: tests/data/no-such.yaml: cannot open
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); f=d['files']; assert d['valid'] is False; assert f[1]['kind'] is None and f[1]['error']['status']==2 and f[1]['error']['line'] is None and f[1]['error']['column'] is None and f[1]['error']['file']=='tests/data/no-such.yaml', f[1]" "$OUT"
