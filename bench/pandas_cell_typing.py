#!/usr/bin/env python3
"""Writes the table of how pandas 1.5.3's read_csv types one CSV cell, for CellTypingPandasTest.

For every cell text below and every companion cell, a one- or two-row CSV
(columns `c` and a row number `k`, so that no line is blank; rows: the cell, the companion) is read with pandas.read_csv defaults; the row records the
column's dtype and the cell's parsed value. Output: tab-separated, one line per (cell, companion):

    cell_json <TAB> companion_json <TAB> dtype <TAB> value_kind <TAB> value_text <TAB> csv_json

dtype is pandas' dtype name (int64, uint64, float64, bool, object); value_kind is the Python type
of the cell's value (int, float, bool, str, nan); value_text is repr() for floats, str() otherwise; csv_json is the whole CSV file that was read.
Cells are written with Python's csv module (QUOTE_MINIMAL, so a cell with a comma or quote is
quoted as in a real file). Run: /usr/bin/python3 bench/pandas_cell_typing.py > testdata/typing/pandas_cells.tsv
"""
import csv, io, json, math, sys
import numpy as np
import pandas as pd

MARKERS = ['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND',
           '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null']
PADDED = [p + m + s for m in ['NA', 'nan', 'NULL', 'NaN'] for p, s in [(' ', ''), ('', ' '), ('\t', '')]]
SPACES = [' ', '  ', '\t', ' \t ']
BOOLS = ['True', 'TRUE', 'true', 'False', 'FALSE', 'false', 'tRue', 'fAlSe', 'TrUe', ' True',
         'True ', '\tTrue', 'yes', 'no', 'T', 'F', 't', 'f', '1.0']
INTS = ['0', '1', '-1', '+1', '-0', '+0', '007', '-007', ' 1', '1 ', '\t1', '1\t', ' -3 ', '1_000',
        '1 000', '1,000', '9223372036854775807', '-9223372036854775808', '9223372036854775808',
        '18446744073709551615', '18446744073709551616', '-9223372036854775809',
        '123456789012345678901', '0000000000000000000001']
FLOATS = ['1.5', '-1.5', '+1.5', '.5', '5.', '-.5', '1e5', '1E5', '1e+5', '1e-5', '1.5e-3', ' 1.5',
          '1.5 ', '\t1.5', 'inf', '-inf', '+inf', 'Inf', 'INF', 'Infinity', '-Infinity', 'infinity',
          'iNf', '1e400', '-1e400', '1e-400', '0x10', '1.5f', '1.5d', '1..5', '1e', 'e5', '.', '-',
          '+', '1.2.3', '4.531324311381428e-08', '0.1', '1.0', '100.0', '1.50', '3.0e0', ' inf',
          'inf ', '\tinf', ' -Infinity', '+Infinity', '-INF', ' 1e5', '1e5\t', '1.5\f', '\x0b2']
STRINGS = ['a', ' a', 'a ', 'x y', 'NA NA', 'nan.', 'None ', 'N/A ', '#', '"', 'é']
CELLS = MARKERS + PADDED + SPACES + BOOLS + INTS + FLOATS + STRINGS
COMPANIONS = [None, '1', '1.5', 'True', 'x', '']


def csv_text(cells):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['c', 'k'])
    for i, c in enumerate(cells):
        w.writerow([c, i])
    return buf.getvalue()


def read(text):
    return pd.read_csv(io.StringIO(text))['c']


def describe(v):
    if isinstance(v, (bool, np.bool_)):
        return 'bool', str(bool(v))
    if isinstance(v, (int, np.integer)):
        return 'int', str(int(v))
    if isinstance(v, (float, np.floating)):
        if math.isnan(v):
            return 'nan', 'nan'
        return 'float', repr(float(v))
    return 'str', str(v)


def main():
    out = sys.stdout
    for cell in CELLS:
        for comp in COMPANIONS:
            if comp == '' and cell == '':
                continue
            text = csv_text([cell] if comp is None else [cell, comp])
            col = read(text)
            kind, value = describe(col.iloc[0])
            out.write('\t'.join([json.dumps(cell), json.dumps(comp), str(col.dtype), kind,
                                 json.dumps(value), json.dumps(text)]) + '\n')


if __name__ == '__main__':
    main()
