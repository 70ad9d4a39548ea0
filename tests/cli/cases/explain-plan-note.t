args: estimate examples/multi-region-assistant.yaml --explain
exit: 0
stdout-has: = overflow: none (1 unit carries the peak)
stdout-has: = the compiled plan: 
stdout-has: evaluated again it gives 
stdout-has: , the total above to the last bit
stdout-has: 2 line formulas, 6 guards
