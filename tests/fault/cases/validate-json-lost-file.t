# a file validate --format json could not record in its validation
# failing to allocate: the document must not be printed without it (it would say "valid": true beside exit 4)
args: validate --format json examples/chatbot.yaml
env: GAC_FAIL_ALLOC_IN=entry_begin
exit: 4
stdout-empty
stderr-has: failed in entry_begin
stderr-has: genaicost: out of memory
