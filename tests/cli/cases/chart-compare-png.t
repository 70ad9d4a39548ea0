args: compare examples/chatbot-options.yaml --chart $GAC_TMP/compare.PNG
exit: 0
after: /usr/bin/python3 -c "import struct,sys; b=open(sys.argv[1],\"rb\").read(); assert b[:8]==b\"\\x89PNG\\r\\n\\x1a\\n\" and b[12:16]==b\"IHDR\", b[:16]; assert struct.unpack(\">II\", b[16:24])==(1600, 932), struct.unpack(\">II\", b[16:24])" "$GAC_TMP/compare.PNG"
