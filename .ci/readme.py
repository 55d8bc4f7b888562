#!/usr/bin/env python
"""README.md from nbs/index.ipynb: markdown cells as they are, code cells as ```python blocks, `#| hide` cells left out.
(nbdev_readme needs Quarto, which these machines cannot install.) `python .ci/readme.py --check` fails if README.md is stale."""
import json, sys
from pathlib import Path
root = Path(__file__).resolve().parent.parent
def render()->str:
    out = []
    for c in json.loads((root/'nbs'/'index.ipynb').read_text())['cells']:
        src = ''.join(c['source']).strip('\n')
        if c['cell_type'] == 'markdown': out.append(src)
        elif not any(l.strip().replace(' ', '') in ('#|hide', '#|hide_input') for l in src.splitlines()[:3]):
            out.append(f'```python\n{src}\n```')
    return '\n\n'.join(out) + '\n'
if __name__ == '__main__':
    text, fn = render(), root/'README.md'
    if '--check' in sys.argv:
        if fn.read_text() != text: sys.exit('README.md is stale: run `python .ci/readme.py` (it is made from nbs/index.ipynb)')
    else: fn.write_text(text)
