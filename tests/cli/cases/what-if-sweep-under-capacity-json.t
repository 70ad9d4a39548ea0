args: what-if examples/mixed-deployment.yaml --sweep workloads.assistant.deployment.model_units=2:8:4 --format json
exit: 0
# the peak needs 8 units (1,440,000 output tokens a minute / 200,000 a unit
# = 7.2): throttle-overflow is under capacity at 2, 4 and 6 units, not at 8;
# units_needed says 8 where it is under; the other options serve the overflow on demand
after: python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['rows']; f=dict(baseline=False, **{'throttle-overflow': True, 'units-for-the-peak': False, 'all-on-demand': False}); assert [x['under_capacity'] for x in r]==[f]*3+[dict(f, **{'throttle-overflow': False})], r; assert [x['units_needed'] for x in r]==[{'throttle-overflow': 8.0}]*3+[{}], r" "$OUT"
