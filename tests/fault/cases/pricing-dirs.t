# the library's list of sheet directories (gac_pricing_dirs) not allocated: out of memory, not a sheet not found
args: estimate examples/chatbot.yaml
env: GAC_FAIL_ALLOC_IN=gac_pricing_dirs:0
exit: 4
stdout-empty
stderr-has: failed in gac_pricing_dirs
stderr-has: genaicost: out of memory
