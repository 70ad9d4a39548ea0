args: validate --format json examples/chatbot.yaml tests/data/bad/unknown-key.yaml tests/data/bad/unknown-model.yaml
exit: 3
stdout-has: "genaicost": "validate/1"
stdout-has: "valid": false
stderr-has: genaicost: tests/data/bad/unknown-key.yaml:9:5: unknown key 'output_tokns' in a workload
stderr-has: genaicost: tests/data/bad/unknown-model.yaml:6:12: workload 'chat': unknown model
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); f=d['files']; assert len(f)==3 and f[0]['valid'] and not f[1]['valid'] and not f[2]['valid']; e=f[1]['error']; assert (e['file'],e['line'],e['column'],e['status'])==('tests/data/bad/unknown-key.yaml',9,5,4) and e['message'].startswith(\"unknown key 'output_tokns'\") and e['reason']=='schema error', e; assert f[1]['scenario'] is None and f[1]['pricing'] is None; e=f[2]['error']; assert (e['file'],e['line'],e['column'],e['status'])==('tests/data/bad/unknown-model.yaml',6,12,7), e; assert f[2]['scenario']['name'] and f[2]['pricing']['name']=='aws-bedrock', f[2]" "$OUT"
