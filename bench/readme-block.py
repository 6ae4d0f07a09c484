"""Replaces the text between <!-- NAME:start --> and <!-- NAME:end --> in bench/README.md with a file's text.

Usage: python3 bench/readme-block.py [--keep-rows] NAME FILE (from the repository root).

With --keep-rows, a run of only some rows keeps the block's other table rows: each row of FILE
replaces the row of the same measure (its first `code` span, else its first cell) in place, rows
measured only before stay where they were with the date of their run noted ("an earlier run, YYYY-MM-DD"),
and new rows go at the end. The text around the table (the run's date, machine, load) is FILE's."""
import re
import sys

MEASURED = re.compile(r'^Measured (\d{4}-\d{2}-\d{2})', re.M)
NOTED = re.compile(r' \(an earlier run, \d{4}-\d{2}-\d{2}\)$')


def rows(text):
    """The table's data rows (after the header and its |---| line), in order."""
    lines = [line for line in text.splitlines() if line.startswith('|')]
    return [line for line in lines[2:]] if len(lines) >= 2 else []


def key(row):
    first = row.strip('|').split('|')[0].strip()
    code = re.search(r'`[^`]+`', first)
    return code.group(0) if code else NOTED.sub('', first)


def with_date(row, date):
    """The row with its run's date noted in its first cell, unless a date is noted there already."""
    cells = row.split('|')
    first = cells[1].rstrip()
    if date and not NOTED.search(first):
        cells[1] = first + ' (an earlier run, %s) ' % date
    return '|'.join(cells)


def merge(old, new):
    old_rows, new_rows = rows(old), rows(new)
    if not old_rows or not new_rows:
        return new
    old_date = MEASURED.search(old)
    old_date = old_date.group(1) if old_date else None
    fresh = {key(row): row for row in new_rows}
    merged = [fresh.pop(key(row)) if key(row) in fresh else with_date(row, old_date) for row in old_rows]
    merged += [row for row in new_rows if key(row) in fresh]
    lines = new.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith('|'))
    return '\n'.join(lines[:first + 2] + merged + lines[first + 2 + len(new_rows):])


args = sys.argv[1:]
keep_rows = args[0] == '--keep-rows'
name, source = args[1:] if keep_rows else args
readme = open('bench/README.md').read()
table = open(source).read().strip()
start, end = '<!-- %s:start -->' % name, '<!-- %s:end -->' % name
if start not in readme or end not in readme:
    sys.exit('bench/README.md has no %s ... %s block' % (start, end))
block = re.search(re.escape(start) + '(.*?)' + re.escape(end), readme, flags=re.S)
if keep_rows:
    table = merge(block.group(1).strip(), table)
readme = readme[:block.start()] + start + '\n' + table + '\n' + end + readme[block.end():]
open('bench/README.md', 'w').write(readme)
