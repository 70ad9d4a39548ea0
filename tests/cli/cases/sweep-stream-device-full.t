# a streamed sweep whose writes fail part-way (more than one 64 KiB piece):
# the write error, exit 4, nothing on standard output
args: what-if examples/chatbot.yaml --sweep workloads.chat.output_tokens=10:4000:20000 --format csv -o /dev/full
exit: 4
stderr-has: genaicost: /dev/full: cannot write: No space left on device
stdout-empty
after: test -c /dev/full
