args: break-even --model anthropic.claude-instant-v1 --input-tokens 1500 --output-tokens 400 --commitment 6-month --format json
exit: 0
# solved on the plans: each option priced by the engine once, at the first
# point, where its plan is compiled; on-demand is a straight line in the
# requests and one unit a constant, so no guard breaks and the scan passes
# almost all of its 4,000 points
stdout-has: "value": 7435185.1851851856
stdout-has: "engine_evaluations": 2,
stdout-has: "engine_fallbacks": 0,
stdout-has: "plan_compiles": 2,
stdout-has: "scan_points": 4000,
after: python3 -c "import json,sys; s=json.load(open(sys.argv[1]))['solve']; assert s['scan_points_skipped'] > 3600 and s['plan_evaluations'] + s['engine_evaluations'] < 800, s" "$OUT"
stderr-empty
