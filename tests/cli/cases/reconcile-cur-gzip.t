args: reconcile tests/data/usage/haiku-assistant.yaml --bill tests/data/usage/cur-2026.csv.gz --format csv
exit: 0
stdout-has: Total,,,8030,8157,127,1.5815691158156913,
stdout-has: 2026-10,anthropic.claude-haiku-4-5-20251001-v1:0,output_priority,0,96.25,96.25,,not in the scenario
stderr-empty
