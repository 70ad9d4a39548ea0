args: what-if tests/data/hostile/sheet-markup-scenario.yaml --set deployment.mode=provisioned --set deployment.commitment=6-month --format markdown
exit: 0
stdout-has: m\.pt&lt;details&gt;&lt;summary&gt;\*\*Approved by finance\*\*&lt;/summary&gt;\`x
stdout-lacks: <details>
