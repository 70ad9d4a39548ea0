args: check tests/data/hostile/scenario.yaml --baseline tests/data/hostile/baseline.json --format html
exit: 0
stdout-has: <!DOCTYPE html>
stdout-has: &lt;img
stdout-lacks: <img
stdout-lacks: <script
stdout-lacks: javascript:
