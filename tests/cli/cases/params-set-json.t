args: params --set workloads.chat.output_tokens=512 --format=json examples/chatbot.yaml
exit: 0
after: python3 -c "import json,sys; p={x['path']:x for x in json.load(open(sys.argv[1]))['params']}; assert p['workloads.chat.output_tokens']['value']==512 and p['workloads.chat.output_tokens']['set'] is True" "$OUT"
