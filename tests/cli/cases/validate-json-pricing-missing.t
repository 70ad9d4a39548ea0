args: validate --format json --pricing no-such-sheet examples/chatbot.yaml
exit: 4
stderr-has: no price sheet named 'no-such-sheet'
after: python3 -c "import json,sys; f=json.load(open(sys.argv[1]))['files'][0]; assert not f['valid'] and f['kind']=='scenario' and f['scenario']['name']=='support-chatbot' and f['pricing'] is None and f['error']['status']==13, f" "$OUT"
