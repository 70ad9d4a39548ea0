args: compare tests/data/hostile/sheet-markup-scenario.yaml --explain --format html
exit: 0
stdout-has: &lt;details&gt;&lt;summary&gt;
stdout-lacks: <details
stdout-lacks: <summary
stdout-lacks: <script
