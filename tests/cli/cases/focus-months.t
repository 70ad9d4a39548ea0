args: estimate examples/chatbot.yaml --format focus --period 2026-12 --months 3
exit: 0
stdout-has: ,2027-02-01T00:00:00Z,2027-03-01T00:00:00Z,2027-02-01T00:00:00Z,2027-03-01T00:00:00Z,USD,8640,
after: test "$(wc -l < "$OUT")" -eq 19
