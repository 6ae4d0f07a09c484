"""Replaces the text between <!-- NAME:start --> and <!-- NAME:end --> in bench/README.md with a file's text.

Usage: python3 bench/readme-block.py NAME FILE (from the repository root)."""
import re
import sys

name, source = sys.argv[1], sys.argv[2]
readme = open('bench/README.md').read()
table = open(source).read().strip()
start, end = '<!-- %s:start -->' % name, '<!-- %s:end -->' % name
if start not in readme or end not in readme:
    sys.exit('bench/README.md has no %s ... %s block' % (start, end))
readme = re.sub(re.escape(start) + '.*?' + re.escape(end), lambda m: start + '\n' + table + '\n' + end, readme,
                flags=re.S)
open('bench/README.md', 'w').write(readme)
