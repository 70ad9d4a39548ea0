# what-if --sweep of a `*` path with a typo in its field: exit 2 and the
# nearest pattern, as --set of workloads.chat.output_tokns gets
args: what-if examples/chatbot.yaml --sweep 'workloads.*.output_tokns=10:20:2'
exit: 2
stderr-has: 'workloads.*.output_tokns' matches no numeric parameter of this scenario (did you mean 'workloads.*.output_tokens'?)
stdout-empty
