args: validate examples/chatbot-options.yaml pricing/aws-bedrock.yaml --format json
exit: 0
stdout-has: "genaicost": "validate/1"
stdout-has: "valid": true
stderr-empty
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); f=d['files']; assert [x['file'] for x in f]==['examples/chatbot-options.yaml','pricing/aws-bedrock.yaml']; assert f[0]['kind']=='scenario' and f[0]['scenario']['name']=='support-chatbot-options' and f[0]['scenario']['workloads']==1 and f[0]['scenario']['options']==4 and f[0]['pricing']['name']=='aws-bedrock', f[0]; assert f[1]['kind']=='price-sheet' and f[1]['scenario'] is None and f[1]['pricing']['models']==111 and f[1]['pricing']['as_of']=='2026-09-23', f[1]; assert all(x['valid'] and x['error'] is None and x['warnings']==[] for x in f)" "$OUT"
