# a JSON sweep streamed: the rows in order, each an object as the whole
# report writes it, the frame (paths, options) around them
args: what-if examples/chatbot.yaml --sweep workloads.chat.output_tokens=400:800:2001 --format json -o "$GAC_TMP/s.json"
exit: 0
stdout-empty
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); r=d['rows']; assert d['genaicost']=='sweep/2' and d['options']==['baseline'] and len(r)==2001, len(r); assert r[0]=={'workloads.chat.output_tokens': 400.0, 'baseline': 14175.0, 'under_capacity': {'baseline': False}, 'units_needed': {}}, r[0]; assert r[-1]['baseline']==23895.0" "$GAC_TMP/s.json"
