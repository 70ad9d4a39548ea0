args: estimate tests/data/hostile/sheet-markup-scenario.yaml --set deployment.mode=provisioned --set deployment.commitment=6-month --format html
exit: 0
stdout-has: (an assumption, from vendor note &lt;/summary&gt;&lt;/details&gt;
stdout-lacks: <details
stdout-lacks: <summary
stdout-lacks: <sub>
stdout-lacks: <br> |
