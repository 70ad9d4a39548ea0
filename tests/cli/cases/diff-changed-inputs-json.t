args: diff examples/ci/chatbot.baseline.json tests/data/ci/chatbot-edited.yaml --format json
exit: 0
stdout-has: "inputs_compared": "all"
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); got=[(c['path'],c['old'],c['new'],c['change']) for c in d['changed_inputs']]; want=[('workloads.chat.output_tokens','400','500','changed'),('workloads.chat.batch_fraction','0.2','0','changed'),('region','us-east-1','us-west-2','changed'),('topology.regions','us-east-1','us-west-2','changed'),('workloads.chat.model','anthropic.claude-3-5-sonnet-20241022-v2:0','anthropic.claude-3-5-haiku-20241022-v1:0','changed'),('workloads.embed',None,None,'added'),('options.bigger',None,None,'added')]; assert got==want, got" "$OUT"
